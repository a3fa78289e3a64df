package org.hourglass.platform.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hourglass.api.platform.ScheduledWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ScheduledWork} on database leases (issue 20): each task has its own thread on every node; at each tick the node
 * takes or renews the task's lease ({@link TaskLeases}) and runs the task only if it holds it. A database lease, not Quartz:
 * the tasks are a handful of periodic checks, each idempotent, and the lease needs no scheduler tables, no second
 * thread pool and nothing but the platform's DataSource.
 */
@Component
public class LeasedScheduler implements ScheduledWork {
    private static final Logger LOG = LoggerFactory.getLogger(LeasedScheduler.class);
    static final Duration MIN_LEASE = Duration.ofSeconds(15);

    private final TaskLeases leases;
    private final Clock wall = Clock.systemUTC();
    /** This node in the lease table: its Karaf name and a per-start suffix (a restarted node is a new holder). */
    private final String node = System.getProperty("karaf.name", "node") + "/" + UUID.randomUUID().toString().substring(0, 8);

    @Activate
    public LeasedScheduler(@Reference(target = "(hourglass.schema=hourglass-platform)") DataSource database) {
        this.leases = new TaskLeases(database);
    }

    /** The holder name of this node. */
    String node() {
        return node;
    }

    @Override
    public Registration every(String name, Duration period, Runnable task) {
        if (name == null || name.isBlank() || name.length() > 100 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a task needs a name (1-100 characters) and a positive period");
        }
        Duration lease = period.multipliedBy(3).compareTo(MIN_LEASE) < 0 ? MIN_LEASE : period.multipliedBy(3);
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hourglass-scheduled-" + name);
            t.setDaemon(true);
            return t;
        });
        Tick tick = new Tick(name, lease, task);
        thread.scheduleWithFixedDelay(tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            thread.shutdownNow();
            try {
                thread.awaitTermination(10, TimeUnit.SECONDS);
                leases.release(name, node);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                LOG.info("Could not release the lease of {} (another node takes it when it expires): {}", name, e.toString());
            }
        };
    }

    private final class Tick implements Runnable {
        private final String name;
        private final Duration lease;
        private final Runnable task;
        private boolean held;

        Tick(String name, Duration lease, Runnable task) {
            this.name = name;
            this.lease = lease;
            this.task = task;
        }

        @Override
        public void run() {
            long now = wall.millis();
            boolean holds;
            try {
                holds = leases.hold(name, node, now, now + lease.toMillis());
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Periodic task {} skipped: its lease could not be read ({})", name, e.toString());
                return;
            }
            if (holds != held) {
                LOG.info(holds ? "This node ({}) now runs the periodic task {}" : "Node {} no longer runs the periodic task {}: another node holds it",
                        node, name);
                held = holds;
            }
            if (!holds) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("Periodic task {} failed; it runs again in a period", name, e);
            }
            try {
                leases.ran(name, wall.millis());
            } catch (SQLException e) {
                LOG.info("Could not count the run of {}: {}", name, e.toString());
            }
        }
    }
}
