package org.hourglass.schema.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.FastCheckService;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.ui.LoggerUIService;
import org.hourglass.schema.SchemaHistory;
import org.hourglass.schema.SchemaState;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one bundle's changelog against the platform's database (issue 20): refuses a database that ran changes of this
 * unit the bundle does not declare (it was written by a newer release), else applies what has not run yet. Liquibase's
 * lock table makes two nodes starting together take turns.
 */
final class ChangelogRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ChangelogRunner.class);
    static final Duration STALE_LOCK = Duration.ofMinutes(10);

    private final DataSource dataSource;

    ChangelogRunner(DataSource dataSource) {
        this.dataSource = dataSource;
        LOG.debug("schema: Liquibase's locks taken here are in the name of {}", LockOwners.thisJvm()); // before Liquibase's first use
    }

    /**
     * One changelog at a time in this JVM, whatever extender instance asks (a DataSource re-registered while a changelog
     * runs replaces the extender before the old run ends); across nodes, Liquibase's lock table.
     */
    SchemaState run(Bundle bundle, String unit) throws Exception {
        synchronized (ChangelogRunner.class) {
            return runAlone(bundle, unit);
        }
    }

    private SchemaState runAlone(Bundle bundle, String unit) throws Exception {
        String path = SchemaHistory.changelog(unit);
        String name = bundle.getSymbolicName();
        if (bundle.getEntry(path) == null) {
            return new SchemaState(unit, name, SchemaState.FAILED, 0, 0, "the bundle declares " + SchemaHistory.HEADER
                    + ": " + unit + " but has no " + path);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try {
            return onFreshConnection(database -> migrate(database, bundle, unit, path));
        } catch (Exception | LinkageError failed) {
            // the run may have taken Liquibase's lock and lost the connection that would give it back: give it back now, on
            // another connection, so other nodes need not wait (if this DataSource is closed too, the next run does it)
            try {
                onFreshConnection(database -> releaseAbandonedLock(database, unit));
            } catch (Exception | LinkageError alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private interface Work<T> {
        T on(Database database) throws Exception;
    }

    private <T> T onFreshConnection(Work<T> work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                forgetConnection();
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (database instanceof DerbyDatabase derby) {
                    derby.setShutdownEmbeddedDerby(false); // the platform's Derby stays up: Liquibase only borrowed a connection
                }
                // no usage report leaves the node (closed networks); Liquibase's console output goes to the log
                Map<String, Object> scope = Map.of("liquibase.analytics.enabled", Boolean.FALSE, Scope.Attr.ui.name(), new LoggerUIService());
                return Scope.child(scope, () -> work.on(database));
            } finally {
                forgetConnection();
                giveBack(connection, autoCommit);
            }
        }
    }

    /**
     * Liquibase keeps a history service and a lock service per database it has seen, and a database equals another on the
     * same URL: a later run would read the history through the first run's connection (back in the pool, in use by anyone)
     * and trust its stale list of changes. It also remembers, per URL and changelog, that a database was up to date, and
     * then skips the next update without looking (another node, or an operator, may have changed the history since).
     * Each run starts from none of that.
     */
    private static void forgetConnection() {
        Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
        LockServiceFactory.getInstance().resetAll();
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
    }

    /**
     * Liquibase commits each change it runs, but leaves its connection in a transaction (it set the search path after its
     * last commit) and without auto-commit; the pool takes connections back as they are. An idle transaction held on a
     * pooled connection hid the next changelog's view of Liquibase's own tables on PostgreSQL: end it, restore the mode.
     */
    private static void giveBack(Connection connection, boolean autoCommit) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        connection.setAutoCommit(autoCommit);
    }

    private static SchemaState migrate(Database database, Bundle bundle, String unit, String path) throws Exception {
        Liquibase liquibase = new Liquibase(path, new BundleResources(bundle), database);
        List<ChangeSet> declared = liquibase.getDatabaseChangeLog().getChangeSets();
        Set<String> known = declared.stream().map(c -> key(c.getId(), c.getAuthor())).collect(Collectors.toSet());
        List<String> unknown = ran(database, path).stream().filter(r -> !known.contains(key(r.getId(), r.getAuthor())))
                .map(RanChangeSet::getId).toList();
        if (!unknown.isEmpty()) {
            return new SchemaState(unit, bundle.getSymbolicName(), SchemaState.REFUSED, declared.size(), 0,
                    "the database ran " + unknown.size() + " change(s) of " + unit + " that bundle " + bundle.getSymbolicName() + " "
                            + bundle.getVersion() + " does not know (a newer release wrote it): " + unknown
                            + "; start that release, or restore a backup of this release's database");
        }
        releaseAbandonedLock(database, unit);
        liquibase.update(new Contexts(), new LabelExpression());
        return new SchemaState(unit, bundle.getSymbolicName(), SchemaState.CURRENT, declared.size(), ran(database, path).size(), "");
    }

    /**
     * Liquibase never takes back a lock whose holder could not release it, and every later start waits for it, then fails.
     * Called while this JVM runs no changelog, it releases a lock that can have no live holder: one in this JVM's name (a
     * run here that failed holding it), one of a process of this host that is gone (a node killed while it migrated), or
     * one older than {@link #STALE_LOCK}, far beyond any migration of this platform (they take seconds): its node died.
     * Any other lock is another node's migration, and Liquibase waits for it. Returns whether a lock was released.
     */
    private static boolean releaseAbandonedLock(Database database, String unit) throws Exception {
        LockService locks = LockServiceFactory.getInstance().getLockService(database);
        Instant staleBefore = Instant.now().minus(STALE_LOCK);
        for (DatabaseChangeLogLock lock : locks.listLocks()) {
            String owner = lock.getLockedBy();
            String why = LockOwners.isThisJvm(owner) ? "this node's, left by a run that failed holding it"
                    : LockOwners.isGoneFromThisHost(owner) ? "its process on this host is gone: it died while migrating"
                    : lock.getLockGranted() != null && lock.getLockGranted().toInstant().isBefore(staleBefore)
                            ? "older than " + STALE_LOCK + ": its node died while migrating" : null;
            if (why != null) {
                LOG.warn("schema {}: releasing Liquibase's lock taken by {} at {} ({})", unit, owner,
                        lock.getLockGranted() == null ? "?" : lock.getLockGranted().toInstant(), why);
                locks.forceReleaseLock();
                return true;
            }
        }
        return false;
    }

    private static List<RanChangeSet> ran(Database database, String path) throws Exception {
        ChangeLogHistoryService history = Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class)
                .getChangeLogService(database);
        history.reset();
        return history.getRanChangeSets().stream().filter(r -> path.equals(r.getChangeLog())).toList();
    }

    private static String key(String id, String author) {
        return id + "::" + author;
    }
}
