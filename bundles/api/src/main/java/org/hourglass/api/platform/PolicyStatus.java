package org.hourglass.api.platform;

/**
 * A policy as {@code GET /api/v1/policies}, {@code hourglass:policies} and health show it.
 *
 * @param version   the policy bundle's version
 * @param configPid the Config Admin PID of its tunables, null when it has none
 * @param detail    why it is DEPLOYING or FAILED; null when ACTIVE without remarks
 * @param note      a remark that does not stop it, e.g. a refused configuration change while the last good values stay
 */
public record PolicyStatus(String code, String name, String region, String version, String configPid, PolicyState state,
        String detail, String note) {
    public boolean active() {
        return state == PolicyState.ACTIVE;
    }
}
