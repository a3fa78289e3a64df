package org.hourglass.itests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.dto.ServiceReferenceDTO;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;

/**
 * The running Declarative Services graph of Hourglass components (issue 13), for PlatformIT's no-cycle test: an edge is a
 * reference bound to a service another Hourglass component provides.
 */
final class ComponentGraph {
    private ComponentGraph() {
    }

    /** Each Hourglass component's name, with the names of the Hourglass components whose services it is bound to. */
    static Map<String, Set<String>> of(BundleContext bundleContext) {
        ServiceComponentRuntime scr = bundleContext.getService(bundleContext.getServiceReference(ServiceComponentRuntime.class));
        Map<String, Set<String>> uses = new TreeMap<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!bundleContext.getBundle(d.bundle.id).getSymbolicName().startsWith("hourglass-")) {
                continue;
            }
            Set<String> targets = uses.computeIfAbsent(d.name, n -> new TreeSet<>());
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                for (SatisfiedReferenceDTO r : c.satisfiedReferences) {
                    for (ServiceReferenceDTO bound : r.boundServices) {
                        Object provider = bound.properties.get("component.name");
                        if (provider != null && !provider.equals(d.name)) {
                            targets.add(provider.toString());
                        }
                    }
                }
            }
        }
        return uses;
    }

    /** Every cycle found by a depth-first walk, each as the path that closes it. */
    static List<String> cycles(Map<String, Set<String>> uses) {
        List<String> found = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        for (String start : uses.keySet()) {
            walk(start, uses, state, new ArrayDeque<>(), found);
        }
        return found;
    }

    private static void walk(String node, Map<String, Set<String>> uses, Map<String, Integer> state, Deque<String> path,
            List<String> found) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return;
        }
        if (s != null) {
            List<String> p = new ArrayList<>(path);
            Collections.reverse(p);
            found.add(String.join(" -> ", p.subList(p.indexOf(node), p.size())) + " -> " + node);
            return;
        }
        state.put(node, 1);
        path.push(node);
        for (String next : uses.getOrDefault(node, Set.of())) {
            walk(next, uses, state, path, found);
        }
        path.pop();
        state.put(node, 2);
    }
}
