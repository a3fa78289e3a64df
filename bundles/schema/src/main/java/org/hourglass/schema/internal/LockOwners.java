package org.hourglass.schema.internal;

import java.time.Instant;
import java.util.Optional;
import liquibase.sqlgenerator.core.LockDatabaseChangeLogGenerator;

/**
 * Who holds Liquibase's changelog lock (issue 20). Liquibase writes {@code <host>#<description> (<address>)} as the lock's
 * owner, the description read once from {@value #PROPERTY}. Unless an operator set one, this JVM's description names its
 * process and the instant it started, so a lock left behind can be told apart from a lock in use:
 * <ul>
 * <li>left by this JVM: one changelog runs at a time here, so when the next one starts, a lock in this JVM's name belongs
 * to a run that failed without giving it back (its connection was closed under it: pax-jdbc replaces the DataSource when
 * its configuration or the transaction manager changes);</li>
 * <li>left by a process of this host that is gone (a node killed while it migrated, then started again).</li>
 * </ul>
 * A lock of another host is only ever judged by its age ({@link ChangelogRunner#STALE_LOCK}).
 */
final class LockOwners {
    static final String PROPERTY = "liquibase.hostDescription";
    private static final String PREFIX = "hourglass-pid-";

    static {
        // before Liquibase's lock statement class reads it (its static initializer, on first use)
        if (System.getProperty(PROPERTY) == null) {
            ProcessHandle self = ProcessHandle.current();
            System.setProperty(PROPERTY, PREFIX + self.pid() + "-" + self.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
        }
    }

    private LockOwners() {
    }

    /** The owner Liquibase writes for a lock this JVM takes. */
    static String thisJvm() {
        return Written.owner();
    }

    /** True if {@code lockedBy} names this JVM. */
    static boolean isThisJvm(String lockedBy) {
        return thisJvm().equals(lockedBy);
    }

    /**
     * True if {@code lockedBy} names a process of this host (same name and address as this JVM's locks) that is no longer
     * running: its pid is free, or taken by a process started at another instant.
     */
    static boolean isGoneFromThisHost(String lockedBy) {
        Optional<long[]> process = process(lockedBy);
        if (process.isEmpty() || !Written.hostPart(lockedBy).equals(Written.hostPart(thisJvm()))) {
            return false;
        }
        long pid = process.get()[0];
        long started = process.get()[1];
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return true;
        }
        Optional<Instant> start = handle.get().info().startInstant();
        return started != 0 && start.isPresent() && start.get().toEpochMilli() != started;
    }

    /** The pid and start millis in an owner written by a JVM of this platform, if it is one. */
    static Optional<long[]> process(String lockedBy) {
        if (lockedBy == null) {
            return Optional.empty();
        }
        int at = lockedBy.indexOf('#' + PREFIX);
        if (at < 0) {
            return Optional.empty();
        }
        String rest = lockedBy.substring(at + 1 + PREFIX.length());
        int space = rest.indexOf(' ');
        String[] parts = (space < 0 ? rest : rest.substring(0, space)).split("-");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** Reads what Liquibase writes: its host fields are protected statics of the lock statement's generator. */
    private static final class Written extends LockDatabaseChangeLogGenerator {
        static String owner() {
            return hostname + hostDescription + " (" + hostaddress + ")";
        }

        /** The owner without its description: {@code <host> (<address>)}. */
        static String hostPart(String lockedBy) {
            int hash = lockedBy.indexOf('#');
            int open = lockedBy.lastIndexOf(" (");
            return hash < 0 || open < hash ? lockedBy : lockedBy.substring(0, hash) + lockedBy.substring(open);
        }
    }
}
