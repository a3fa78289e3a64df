package org.hourglass.api.platform;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Periodic work that runs once per cluster, not once per node (issue 20): the nightly settlement, live-usage reports, the
 * HR hand-off. Every node of a cluster schedules the same task; before each run a node takes or renews the task's lease in
 * the shared database, and only the node holding it runs the task. The holder renews it at each run; when the holder
 * stops or dies another node takes the lease over once it expired (three periods, at least 15 s), so a task never runs on
 * two nodes at once and never stops for longer than that. A node that cannot reach the database runs nothing.
 *
 * <p>On a single node the lease is always its own. Tasks should still be idempotent (a run cut short by a crash is run
 * again by the next holder).
 */
@ProviderType
public interface ScheduledWork {
    /**
     * Runs {@code task} every {@code period} (the first run one period from now) on the node holding the lease named
     * {@code name} — the same name on every node, e.g. {@code "commerce.nightly-settlement"}, at most 100 characters.
     * A failing run is logged and the task runs again a period later. Close the returned registration to stop (e.g. when
     * the component deactivates): the lease is released for another node to take at once.
     */
    Registration every(String name, Duration period, Runnable task);

    /** A scheduled task; closing it stops its runs on this node and releases its lease. */
    @ProviderType
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
