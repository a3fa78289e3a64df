package org.hourglass.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores an {@link Instant} as a TIMESTAMP holding UTC wall-clock time, so instants are comparable and
 * orderable in queries (EclipseLink 2.7 would otherwise serialise them into a BLOB). Use it on every
 * instant field: {@code @Convert(converter = UtcInstant.class)}, and list the class in the unit's
 * {@code persistence.xml}. Exact to the microsecond (Derby TIMESTAMP keeps nanoseconds).
 */
@Converter
public class UtcInstant implements AttributeConverter<Instant, Timestamp> {
    @Override
    public Timestamp convertToDatabaseColumn(Instant value) {
        return value == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp column) {
        return column == null ? null : column.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
