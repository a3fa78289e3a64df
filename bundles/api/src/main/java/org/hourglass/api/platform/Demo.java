package org.hourglass.api.platform;

/**
 * The demo distribution's switch and well-known demo objects. Demo components in each bundle activate
 * only when the configuration {@value #PID} exists with {@code enabled = true}, and each creates its
 * part once (on the first start, or, for demo classes, when a policy is first deployed).
 */
public final class Demo {
    /** Configuration PID ({@code etc/org.hourglass.demo.cfg}); property {@code enabled}. */
    public static final String PID = "org.hourglass.demo";
    /** The first demo organisation's unified social credit code: it owns the demo classes. */
    public static final String ORGANIZATION_CREDIT_CODE = "91110108MA0000001"
            + org.hourglass.api.identity.CreditCode.checkCharacter("91110108MA0000001");
    /** The demo training institution's unified social credit code: it provides and sells the demo paid course. */
    public static final String SCHOOL_CREDIT_CODE = "52110000MA0000001"
            + org.hourglass.api.identity.CreditCode.checkCharacter("52110000MA0000001");
    /** The demo course package every demo class selects. */
    public static final String PACKAGE_NAME = "Demo: Workplace safety and welding 2026";

    private Demo() {
    }

    public static boolean enabled(java.util.Map<String, Object> properties) {
        return Boolean.parseBoolean(String.valueOf(properties.getOrDefault("enabled", "false")));
    }
}
