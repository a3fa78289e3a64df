package org.hourglass.platform.internal;

import org.osgi.framework.Bundle;

/**
 * The manifest headers by which Hourglass bundles say what they are: {@code Hourglass-Layer: core} for the core
 * bundles whose health is the node's, {@code Hourglass-Policy: <code>} for policy bundles (set by the policy parent
 * POM and the archetype), so even a policy bundle that cannot resolve is reported by its code.
 */
final class Layer {
    static final String LAYER_HEADER = "Hourglass-Layer";
    static final String POLICY_HEADER = "Hourglass-Policy";

    private Layer() {
    }

    static boolean core(Bundle bundle) {
        return bundle != null && "core".equals(bundle.getHeaders("").get(LAYER_HEADER));
    }

    /** The policy code a bundle declares, or null. */
    static String policyCode(Bundle bundle) {
        return bundle == null ? null : bundle.getHeaders("").get(POLICY_HEADER);
    }
}
