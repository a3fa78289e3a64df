package org.hourglass.schema;

/**
 * A unit's schema on this node. {@code status}: {@code MIGRATING} (its changelog is running or waits for the database),
 * {@code CURRENT} (every change of the bundle has run; the unit has its DataSource), {@code REFUSED} (the database ran
 * changes the bundle does not know: it belongs to a newer release; the unit gets no DataSource) or {@code FAILED} (a change
 * failed or the changelog is missing; {@code detail} says why).
 */
public record SchemaState(String unit, String bundle, String status, int declared, int ran, String detail) {
    public static final String MIGRATING = "MIGRATING";
    public static final String CURRENT = "CURRENT";
    public static final String REFUSED = "REFUSED";
    public static final String FAILED = "FAILED";
}
