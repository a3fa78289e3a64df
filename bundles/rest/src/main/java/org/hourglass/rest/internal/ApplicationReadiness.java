package org.hourglass.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;

/**
 * Whether every core REST resource has joined the one application (issue 19, boot readiness): while a core bundle's
 * resource component is not yet satisfied, or its service is not yet in the JAX-RS runtime's application, health says so
 * — a client that saw health's first 200 could meet a 404 for a second before. Core bundles are those declaring
 * {@code Hourglass-Layer: core}; a resource component that is disabled is not waited for.
 */
@Component(service = HealthContributor.class)
public class ApplicationReadiness implements HealthContributor {
    static final String COMPONENT = "rest application";
    private static final String LAYER_HEADER = "Hourglass-Layer";

    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final JaxrsServiceRuntime runtime;

    @Activate
    public ApplicationReadiness(BundleContext context, @Reference ServiceComponentRuntime components, @Reference JaxrsServiceRuntime runtime) {
        this.context = context;
        this.components = components;
        this.runtime = runtime;
    }

    @Override
    public List<HealthStatus> check() {
        Bundle[] core = coreBundles();
        if (core.length == 0) {
            return List.of(HealthStatus.down(COMPONENT, "no core bundle is active"));
        }
        Set<Long> joined = joined();
        List<String> waiting = new ArrayList<>();
        int expected = 0;
        for (ComponentDescriptionDTO d : components.getComponentDescriptionDTOs(core)) {
            if (!resourceOfTheApplication(d) || !components.isComponentEnabled(d)) {
                continue;
            }
            expected++;
            if (!live(d, joined)) {
                waiting.add(simpleName(d.name));
            }
        }
        if (waiting.isEmpty()) {
            return List.of(HealthStatus.up(COMPONENT, expected + " core resources joined"));
        }
        waiting.sort(String::compareTo);
        return List.of(HealthStatus.down(COMPONENT, (expected - waiting.size()) + " of " + expected
                + " core resources joined; waiting for " + String.join(", ", waiting)));
    }

    /** Satisfied or active, and every service it registered is among the application's resources. */
    private boolean live(ComponentDescriptionDTO d, Set<Long> joined) {
        ComponentConfigurationDTO[] configurations = components.getComponentConfigurationDTOs(d).toArray(ComponentConfigurationDTO[]::new);
        if (configurations.length == 0 || Arrays.stream(configurations).anyMatch(c -> c.state != ComponentConfigurationDTO.SATISFIED
                && c.state != ComponentConfigurationDTO.ACTIVE)) {
            return false;
        }
        ServiceReference<?>[] services;
        try {
            services = context.getServiceReferences((String) null, "(component.name=" + d.name + ")");
        } catch (InvalidSyntaxException e) {
            return false;
        }
        return services != null && Arrays.stream(services).allMatch(s -> joined.contains((Long) s.getProperty("service.id")));
    }

    private Set<Long> joined() {
        Set<Long> ids = new HashSet<>();
        ApplicationDTO[] apps = runtime.getRuntimeDTO().applicationDTOs;
        for (ApplicationDTO app : apps == null ? new ApplicationDTO[0] : apps) {
            if (HourglassRest.APP_NAME.equals(app.name) && app.resourceDTOs != null) {
                Arrays.stream(app.resourceDTOs).map(BaseDTO.class::cast).forEach(r -> ids.add(r.serviceId));
            }
        }
        return ids;
    }

    private static boolean resourceOfTheApplication(ComponentDescriptionDTO d) {
        Object resource = d.properties.get("osgi.jaxrs.resource");
        Object select = d.properties.get("osgi.jaxrs.application.select");
        return resource != null && "true".equalsIgnoreCase(String.valueOf(resource))
                && select != null && String.valueOf(select).contains("(osgi.jaxrs.name=" + HourglassRest.APP_NAME + ")");
    }

    private Bundle[] coreBundles() {
        return Arrays.stream(context.getBundles()).filter(b -> "core".equals(b.getHeaders("").get(LAYER_HEADER))).toArray(Bundle[]::new);
    }

    private static String simpleName(String componentName) {
        return componentName.substring(componentName.lastIndexOf('.') + 1);
    }
}
