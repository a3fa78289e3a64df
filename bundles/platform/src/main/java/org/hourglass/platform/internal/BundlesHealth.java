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

/**
 * Each core bundle ({@code Hourglass-Layer: core}) and whether it is active. Policy bundles are not counted here: a
 * policy coming, going or failing is reported on the policy ({@code policies} in the health answer) and never
 * takes the node out of service.
 */
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
        return Arrays.stream(context.getBundles()).filter(Layer::core)
                .sorted(Comparator.comparing(Bundle::getSymbolicName))
                .map(BundlesHealth::status).toList();
    }

    private static HealthStatus status(Bundle b) {
        String symbolic = b.getSymbolicName();
        String name = "bundle " + (symbolic.startsWith(PREFIX) ? symbolic.substring(PREFIX.length()) : symbolic);
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
