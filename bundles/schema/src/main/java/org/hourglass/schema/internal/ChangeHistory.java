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

/** The database's migration history, Liquibase's DATABASECHANGELOG table, as rows (empty before the first migration). */
final class ChangeHistory {
    private static final String QUERY = "select FILENAME, ID, AUTHOR, DATEEXECUTED, ORDEREXECUTED, EXECTYPE, DESCRIPTION "
            + "from DATABASECHANGELOG order by ORDEREXECUTED";

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

    private static boolean exists(Connection c) throws SQLException {
        for (String name : new String[] {"DATABASECHANGELOG", "databasechangelog"}) {
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
