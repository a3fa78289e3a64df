package org.hourglass.itests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Issue 20: one unit's tables, reached through the DataSource hourglass-schema registered for it
 * ({@code hourglass.schema=<unit>}) — what another node sharing the database writes, which this node's caches never hear of.
 */
final class UnitTables {
    private final BundleContext context;
    private final String unit;

    UnitTables(BundleContext context, String unit) {
        this.context = context;
        this.unit = unit;
    }

    /** Writes as another node would; returns the rows changed. */
    int update(String sql, Object... args) throws Exception {
        return withStatement(sql, args, ps -> {
            int changed = ps.executeUpdate();
            if (!ps.getConnection().getAutoCommit()) {
                ps.getConnection().commit();
            }
            return changed;
        });
    }

    /** One number (0 when no row). */
    long readLong(String sql, Object... args) throws Exception {
        return withStatement(sql, args, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private interface Use<T> {
        T on(PreparedStatement ps) throws SQLException;
    }

    private <T> T withStatement(String sql, Object[] args, Use<T> use) throws SQLException, InvalidSyntaxException {
        ServiceReference<DataSource> ref = context.getServiceReferences(DataSource.class, "(hourglass.schema=" + unit + ")").iterator().next();
        try (Connection c = context.getService(ref).getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return use.on(ps);
        } finally {
            context.ungetService(ref);
        }
    }
}
