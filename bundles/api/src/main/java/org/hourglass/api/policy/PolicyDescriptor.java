package org.hourglass.api.policy;

/**
 * What {@code GET /api/v1/policies} lists for a deployed policy.
 *
 * @param code      stable code, also the service property {@code policy.code}: {@code beijing-subsidy},
 *                  {@code jiangsu-credits}, {@code hr-exam}, {@code institution-billing}
 * @param configPid the Config Admin PID carrying the policy's tunables
 */
public record PolicyDescriptor(String code, String name, String region, String version, String configPid) {
}
