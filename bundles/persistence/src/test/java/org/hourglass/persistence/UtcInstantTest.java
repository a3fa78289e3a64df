package org.hourglass.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import org.junit.Test;

public class UtcInstantTest {
    private final UtcInstant converter = new UtcInstant();

    @Test
    public void roundTripsExactlyAndReadsAsUtcWallClock() {
        Instant t = Instant.parse("2026-03-08T01:30:00.123456789Z");
        assertEquals(t, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(t)));
        assertEquals("2026-03-08T01:30:00.123456789", converter.convertToDatabaseColumn(t).toLocalDateTime().toString());
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
