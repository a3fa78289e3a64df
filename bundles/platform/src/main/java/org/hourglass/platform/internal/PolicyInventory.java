package org.hourglass.platform.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hourglass.api.platform.PolicyState;
import org.hourglass.api.platform.PolicyStatus;
import org.hourglass.api.policy.TrainingPolicy;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Policies that are on their way or stuck before registering a service, read from SCR and the bundles: a policy
 * component waiting for a reference or its configuration (DEPLOYING, with what it waits for), one SCR could not
 * activate (FAILED, with SCR's reason), and a policy bundle ({@code Hourglass-Policy} header) that cannot resolve
 * (FAILED, with Karaf's diagnosis when available).
 */
final class PolicyInventory {
    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    PolicyInventory(BundleContext context, ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    /** Statuses of policies not yet registered, by code; {@code diagnosis} explains an unresolved bundle (may be null). */
    Map<String, PolicyStatus> pending(java.util.Set<String> registered, Function<Bundle, String> diagnosis) {
        Map<String, PolicyStatus> out = new LinkedHashMap<>();
        for (Bundle b : context.getBundles()) {
            int state = b.getState();
            if (state == Bundle.UNINSTALLED) {
                continue;
            }
            String declared = Layer.policyCode(b);
            boolean described = false;
            if (state == Bundle.ACTIVE || state == Bundle.STARTING) {
                for (ComponentDescriptionDTO d : PolicyComponents.policies(scr, b)) {
                    String code = PolicyComponents.property(d, TrainingPolicy.CODE_PROPERTY);
                    described = true;
                    if (code != null && !registered.contains(code)) {
                        out.put(code, fromScr(b, d, code));
                    }
                }
            }
            if (!described && declared != null && !registered.contains(declared)) {
                out.putIfAbsent(declared, fromBundle(b, declared, diagnosis));
            }
        }
        return out;
    }

    private PolicyStatus fromScr(Bundle b, ComponentDescriptionDTO d, String code) {
        var configs = scr.getComponentConfigurationDTOs(d);
        PolicyState state = PolicyState.DEPLOYING;
        String detail;
        if (!scr.isComponentEnabled(d)) {
            detail = "component " + d.name + " is disabled";
        } else if (configs.isEmpty()) {
            detail = "waiting for configuration " + PolicyComponents.configurationPid(d);
        } else {
            ComponentConfigurationDTO c = configs.iterator().next();
            detail = switch (c.state) {
                case ComponentConfigurationDTO.FAILED_ACTIVATION -> {
                    state = PolicyState.FAILED;
                    yield firstLine(c.failure, "activation failed");
                }
                case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "waiting for configuration " + PolicyComponents.configurationPid(d);
                case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "waiting for "
                        + Arrays.stream(c.unsatisfiedReferences).map(PolicyInventory::describe).toList();
                default -> "registering its service";
            };
        }
        return new PolicyStatus(code, PolicyComponents.property(d, TrainingPolicy.NAME_PROPERTY),
                PolicyComponents.property(d, TrainingPolicy.REGION_PROPERTY), b.getVersion().toString(),
                PolicyComponents.configurationPid(d), state, detail, null);
    }

    private static String describe(UnsatisfiedReferenceDTO r) {
        return r.name + (r.target == null ? "" : " " + r.target);
    }

    private static PolicyStatus fromBundle(Bundle b, String code, Function<Bundle, String> diagnosis) {
        boolean unresolved = b.getState() == Bundle.INSTALLED;
        String detail;
        if (unresolved) {
            String why = diagnosis.apply(b);
            detail = "bundle " + b.getSymbolicName() + " cannot resolve" + (why == null || why.isBlank() ? "" : ": " + why.trim());
        } else {
            detail = "bundle " + b.getSymbolicName() + " is " + (b.getState() == Bundle.RESOLVED ? "resolved, not started" : "starting");
        }
        return new PolicyStatus(code, null, null, b.getVersion().toString(), null, unresolved ? PolicyState.FAILED : PolicyState.DEPLOYING,
                detail, null);
    }

    /**
     * The reason in SCR's failure text (a stack trace): its deepest {@code Caused by:} line — the policy's own message
     * rather than SCR's {@code InvocationTargetException} — else its first line.
     */
    static String firstLine(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        List<String> lines = text.strip().lines().toList();
        String line = lines.get(0);
        for (String l : lines) {
            if (l.startsWith("Caused by: ")) {
                line = l.substring("Caused by: ".length());
            }
        }
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }
}
