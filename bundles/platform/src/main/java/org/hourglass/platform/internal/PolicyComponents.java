package org.hourglass.platform.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hourglass.api.policy.TrainingPolicy;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** What SCR says about a bundle's policy components: which provide {@link TrainingPolicy}, and their configuration PIDs. */
final class PolicyComponents {
    private PolicyComponents() {
    }

    static boolean providesPolicy(ComponentDescriptionDTO d) {
        return d.serviceInterfaces != null && Arrays.asList(d.serviceInterfaces).contains(TrainingPolicy.class.getName());
    }

    static List<ComponentDescriptionDTO> policies(ServiceComponentRuntime scr, Bundle bundle) {
        return scr.getComponentDescriptionDTOs(bundle).stream().filter(PolicyComponents::providesPolicy).toList();
    }

    /** Every configuration PID of the components of a bundle that provides a policy; empty for other bundles. */
    static Set<String> configurationPids(ServiceComponentRuntime scr, Bundle bundle) {
        var all = scr.getComponentDescriptionDTOs(bundle);
        Set<String> pids = new LinkedHashSet<>();
        if (all.stream().anyMatch(PolicyComponents::providesPolicy)) {
            for (ComponentDescriptionDTO d : all) {
                if (!"ignore".equals(d.configurationPolicy) && d.configurationPid != null) {
                    pids.addAll(Arrays.asList(d.configurationPid));
                }
            }
        }
        return pids;
    }

    /** The first configuration PID a policy component reads; null when it reads none. */
    static String configurationPid(ComponentDescriptionDTO d) {
        return "ignore".equals(d.configurationPolicy) || d.configurationPid == null || d.configurationPid.length == 0 ? null
                : d.configurationPid[0];
    }

    static String property(ComponentDescriptionDTO d, String key) {
        Object v = d.properties == null ? null : d.properties.get(key);
        return v == null ? null : v.toString();
    }
}
