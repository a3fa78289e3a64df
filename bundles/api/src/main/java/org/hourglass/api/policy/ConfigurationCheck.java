package org.hourglass.api.policy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import org.hourglass.api.problem.FieldError;
import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A policy's own validation of its configuration, beyond what its metatype says (types, {@code min}/{@code max},
 * options): amounts in yuan, dates, ascending tiers. Core's configuration guard runs the metatype checks and this
 * check on every configuration of the policy's PIDs <em>before</em> Config Admin delivers it: a refused value never
 * reaches the policy, the last good values stay in force (also after a restart), the refusal is logged once and
 * shown as a note on the policy in {@code GET /api/v1/policies} and health. With no good values yet, the policy is
 * FAILED with the reason and its classes answer 503 until the configuration is fixed.
 *
 * <p>Mark the implementing class with {@link Provided}: the policy bundle's manifest then names it
 * ({@value #HEADER}) and core loads it from the bundle (extender pattern, like {@code Meta-Persistence}), so the
 * check is there before the first configuration is delivered. It needs a public no-argument constructor and must
 * not depend on services.
 */
@ConsumerType
public interface ConfigurationCheck {
    /** The manifest header naming the check class of a policy bundle. */
    String HEADER = "Hourglass-Configuration-Check";

    /**
     * Problems of a configuration of {@code pid}; empty when it is good. {@code properties} holds what the file or
     * the console set (values are mostly strings); a missing key means the metatype default.
     */
    List<FieldError> check(String pid, Map<String, Object> properties);

    /** Names the annotated class in the bundle manifest as the bundle's {@link ConfigurationCheck}. */
    @Header(name = HEADER, value = "${@class}")
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface Provided {
    }
}
