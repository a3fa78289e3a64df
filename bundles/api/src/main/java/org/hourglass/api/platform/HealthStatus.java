package org.hourglass.api.platform;

/** One component's health. */
public record HealthStatus(String component, boolean up, String detail) {
    public static HealthStatus up(String component, String detail) {
        return new HealthStatus(component, true, detail);
    }

    public static HealthStatus down(String component, String detail) {
        return new HealthStatus(component, false, detail);
    }
}
