package org.hourglass.platform.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Each Hourglass bundle (core and policy, {@code hourglass-*}) and whether it is active. */
@Component
public class BundlesHealth implements HealthContributor {
    static final String PREFIX = "hourglass-";

    private final BundleContext context;

    @Activate
    public BundlesHealth(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<HealthStatus> check() {
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(PREFIX))
                .sorted(Comparator.comparing(Bundle::getSymbolicName))
                .map(BundlesHealth::status).toList();
    }

    private static HealthStatus status(Bundle b) {
        String name = "bundle " + b.getSymbolicName().substring(PREFIX.length());
        String detail = b.getVersion() + " " + stateName(b.getState());
        return b.getState() == Bundle.ACTIVE ? HealthStatus.up(name, detail) : HealthStatus.down(name, detail);
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> "UNINSTALLED";
        };
    }
}
