package org.hourglass.platform.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The cluster's task leases (issue 20), one row of PLT_LEASE per task: who runs it, until when. Taking a lease is one
 * conditional UPDATE (held by me, or expired) or, for a task never run, an INSERT that only one node can win (primary
 * key) — the database decides, on Derby and PostgreSQL alike. Times are wall-clock milliseconds of the nodes (leases are
 * about nodes being alive, not business time: the platform clock can be moved for a drill).
 */
final class TaskLeases {
    private final DataSource database;

    TaskLeases(DataSource database) {
        this.database = database;
    }

    /** Takes or renews the lease until {@code untilMs}; false when another node holds it. */
    boolean hold(String task, String holder, long nowMs, long untilMs) throws SQLException {
        try (Connection c = autoCommitting()) {
            try (PreparedStatement renew = c.prepareStatement(
                    "UPDATE PLT_LEASE SET HOLDER = ?, EXPIRES_MS = ? WHERE NAME = ? AND (HOLDER = ? OR EXPIRES_MS < ?)")) {
                renew.setString(1, holder);
                renew.setLong(2, untilMs);
                renew.setString(3, task);
                renew.setString(4, holder);
                renew.setLong(5, nowMs);
                if (renew.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement first = c.prepareStatement("INSERT INTO PLT_LEASE (NAME, HOLDER, EXPIRES_MS, RUNS) VALUES (?, ?, ?, 0)")) {
                first.setString(1, task);
                first.setString(2, holder);
                first.setLong(3, untilMs);
                first.executeUpdate();
                return true;
            } catch (SQLException taken) {
                if (taken.getSQLState() != null && taken.getSQLState().startsWith("23")) { // the row exists: another node holds it
                    return false;
                }
                throw taken;
            }
        }
    }

    /**
     * Counts a run, on whichever node it ran (not only the holder's): two nodes running a task at once would show as twice
     * the runs of its period — what the cluster drill checks.
     */
    void ran(String task, long nowMs) throws SQLException {
        execute("UPDATE PLT_LEASE SET RUNS = RUNS + 1, LAST_RUN_MS = ? WHERE NAME = ?", nowMs, task);
    }

    /** Lets another node take the lease at once. */
    void release(String task, String holder) throws SQLException {
        execute("UPDATE PLT_LEASE SET EXPIRES_MS = 0 WHERE NAME = ? AND HOLDER = ?", task, holder);
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (Connection c = autoCommitting(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private Connection autoCommitting() throws SQLException {
        Connection c = database.getConnection();
        if (!c.getAutoCommit()) {
            c.setAutoCommit(true);
        }
        return c;
    }
}
