package org.hourglass.schema.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hourglass.schema.AppliedChange;
import org.hourglass.schema.SchemaLock;

/** The database's migration history, Liquibase's DATABASECHANGELOG table, as rows (empty before the first migration). */
final class ChangeHistory {
    private static final String QUERY = "select FILENAME, ID, AUTHOR, DATEEXECUTED, ORDEREXECUTED, EXECTYPE, DESCRIPTION "
            + "from DATABASECHANGELOG order by ORDEREXECUTED";
    private static final String LOCK_QUERY = "select LOCKED, LOCKGRANTED, LOCKEDBY from DATABASECHANGELOGLOCK where ID = 1";

    private final DataSource dataSource;

    ChangeHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<AppliedChange> read() {
        List<AppliedChange> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            if (!exists(c)) {
                return rows;
            }
            try (PreparedStatement s = c.prepareStatement(QUERY); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp at = r.getTimestamp(4);
                    rows.add(new AppliedChange(unit(r.getString(1)), r.getString(2), r.getString(3), at == null ? null : at.toInstant(),
                            r.getInt(5), r.getString(6), r.getString(7)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the migration history: " + e.getMessage(), e);
        }
    }

    /** Liquibase's lock row; free before the first migration made the table. */
    SchemaLock lock() {
        try (Connection c = dataSource.getConnection()) {
            if (exists(c, "DATABASECHANGELOGLOCK")) {
                try (PreparedStatement s = c.prepareStatement(LOCK_QUERY); ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getBoolean(1)) {
                        Timestamp at = r.getTimestamp(2);
                        return new SchemaLock(LockOwners.thisJvm(), true, r.getString(3), at == null ? null : at.toInstant());
                    }
                }
            }
            return new SchemaLock(LockOwners.thisJvm(), false, null, null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the migration lock: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        return exists(c, "DATABASECHANGELOG");
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        for (String name : new String[] {table, table.toLowerCase(java.util.Locale.ROOT)}) {
            try (ResultSet r = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code db/<unit>.yaml} → unit. */
    static String unit(String changelog) {
        String name = changelog.substring(changelog.lastIndexOf('/') + 1);
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    }
}
