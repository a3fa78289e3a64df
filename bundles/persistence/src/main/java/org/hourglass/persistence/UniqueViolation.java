package org.hourglass.persistence;

import java.sql.SQLException;

/** Recognises a unique-constraint violation (SQLState 23505) anywhere in a persistence failure. */
public final class UniqueViolation {
    private UniqueViolation() {
    }

    public static boolean in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
