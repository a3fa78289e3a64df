package org.hourglass.api.policy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The identity of a {@link TrainingPolicy} service, as service properties ({@code policy.code}, {@code policy.name},
 * {@code policy.region}) written by the DS annotation processor:
 *
 * <pre>
 * &#64;Component(service = TrainingPolicy.class, configurationPid = VoucherConfig.PID)
 * &#64;PolicyIdentity(code = "shanghai-voucher", name = "Shanghai training voucher", region = "Shanghai")
 * public class VoucherPolicy implements TrainingPolicy { ... }
 * </pre>
 *
 * Core lists and reports a policy from these properties alone, so a policy whose component cannot activate is
 * still named in {@code GET /api/v1/policies} (state FAILED, with the reason).
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PolicyIdentity {
    /** Prefix of every property: {@code policy.code}, {@code policy.name}, {@code policy.region}. */
    String PREFIX_ = "policy.";

    /** Lower-case letters, digits and dashes, e.g. {@code beijing-subsidy}; also the REST path segment. */
    String code();

    String name();

    String region();
}
