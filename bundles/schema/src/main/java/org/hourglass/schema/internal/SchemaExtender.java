package org.hourglass.schema.internal;

import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.hourglass.schema.AppliedChange;
import org.hourglass.schema.SchemaHistory;
import org.hourglass.schema.SchemaLock;
import org.hourglass.schema.SchemaState;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema extender (issue 20). For every starting bundle with the {@value SchemaHistory#HEADER} header it runs the
 * bundle's changelog while the bundle starts (one bundle at a time per JVM), and then registers the platform's DataSource for that unit
 * ({@value SchemaHistory#SERVICE_PROPERTY}={@code <unit>}): Aries JPA builds the unit only then, so no code ever meets a
 * schema older than itself. A refused or failed changelog leaves its unit without a DataSource: a core unit turns health
 * DOWN; a policy's shows on {@code hourglass:schema} and in the log, never on the node.
 */
@Component(service = {SchemaHistory.class, HealthContributor.class}, immediate = true)
public final class SchemaExtender implements SchemaHistory, HealthContributor {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);
    private static final String LAYER_HEADER = "Hourglass-Layer";
    private static final long RETRY_MAX_SECONDS = 30;

    private final DataSource dataSource;
    private final BundleContext context;
    private final ChangelogRunner runner;
    private final ChangeHistory history;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hourglass-schema-retry");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Schema> schemas = new ConcurrentHashMap<>();
    private final BundleTracker<Schema> tracker;

    @Activate
    public SchemaExtender(@Reference(target = "(osgi.jndi.service.name=hourglass)") DataSource dataSource, BundleContext context) {
        this.dataSource = dataSource;
        this.context = context;
        this.runner = new ChangelogRunner(dataSource);
        this.history = new ChangeHistory(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
        // each DataSource pax-jdbc registers (again after its configuration or the transaction manager changed) starts an
        // extender that migrates every schema bundle afresh: one line per DataSource tells how often that happened
        LOG.info("schema: migrating on DataSource {}", dataSource);
        tracker.open();
    }

    @Deactivate
    void stop() throws InterruptedException {
        tracker.close();
        retries.shutdownNow();
        retries.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public List<SchemaState> states() {
        return schemas.values().stream().map(s -> s.state).sorted(Comparator.comparing(SchemaState::unit)).toList();
    }

    @Override
    public List<AppliedChange> applied() {
        return history.read();
    }

    @Override
    public SchemaLock lock() {
        return history.lock();
    }

    @Override
    public List<HealthStatus> check() {
        return schemas.values().stream().filter(s -> s.core).map(s -> s.state).sorted(Comparator.comparing(SchemaState::unit))
                .map(s -> SchemaState.CURRENT.equals(s.status())
                        ? HealthStatus.up("schema " + s.unit(), s.ran() + " change(s) applied")
                        : HealthStatus.down("schema " + s.unit(), s.status().toLowerCase() + (s.detail().isEmpty() ? "" : ": " + s.detail())))
                .toList();
    }

    private void migrate(Schema schema) {
        if (schema.removed) {
            return;
        }
        SchemaState outcome;
        long started = System.nanoTime();
        try {
            outcome = runner.run(schema.bundle, schema.unit);
        } catch (Exception | LinkageError e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            // a passing failure (the database restarting, another node creating Liquibase's own tables at the same moment)
            // must not leave the unit down for good: try again, backing off to every RETRY_MAX_SECONDS
            long delay = Math.min(RETRY_MAX_SECONDS, 1L << Math.min(schema.failures++, 5));
            outcome = new SchemaState(schema.unit, schema.bundle.getSymbolicName(), SchemaState.FAILED, 0, 0,
                    cause.getMessage() + " (attempt " + schema.failures + ", again in " + delay + " s)");
            LOG.error("schema {}: the changelog of bundle {} failed (attempt {}); the unit gets no database until it succeeds, "
                    + "next attempt in {} s", schema.unit, schema.bundle.getSymbolicName(), schema.failures, delay, e);
            if (!retries.isShutdown()) {
                retries.schedule(() -> migrate(schema), delay, TimeUnit.SECONDS);
            }
        }
        schema.state = outcome;
        if (SchemaState.CURRENT.equals(outcome.status())) {
            LOG.info("schema {}: current ({} change(s) applied) in {} ms", schema.unit, outcome.ran(), (System.nanoTime() - started) / 1_000_000);
            schema.publish(context, dataSource);
        } else if (SchemaState.REFUSED.equals(outcome.status())) {
            LOG.error("schema {}: refused: {}", schema.unit, outcome.detail());
        }
    }

    /** A schema bundle while it is starting or active: its state and the DataSource registered for its unit. */
    private static final class Schema {
        final Bundle bundle;
        final String unit;
        final boolean core;
        volatile SchemaState state;
        volatile boolean removed;
        int failures; // the first run on the starting thread, then the retry thread: never both at once
        private ServiceRegistration<DataSource> registration;

        Schema(Bundle bundle, String unit) {
            this.bundle = bundle;
            this.unit = unit;
            this.core = "core".equals(bundle.getHeaders("").get(LAYER_HEADER));
            this.state = new SchemaState(unit, bundle.getSymbolicName(), SchemaState.MIGRATING, 0, 0, "");
        }

        synchronized void publish(BundleContext context, DataSource dataSource) {
            if (removed || registration != null) {
                return;
            }
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(SERVICE_PROPERTY, unit);
            registration = context.registerService(DataSource.class, dataSource, properties);
        }

        synchronized void withdraw() {
            removed = true;
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the extender stopped first
                }
                registration = null;
            }
        }
    }

    private final class Customizer implements BundleTrackerCustomizer<Schema> {
        @Override
        public Schema addingBundle(Bundle bundle, BundleEvent event) {
            String unit = bundle.getHeaders("").get(HEADER);
            if (unit == null || unit.isBlank()) {
                return null;
            }
            Schema schema = new Schema(bundle, unit.trim());
            schemas.put(bundle.getBundleId(), schema);
            // on the thread starting the bundle, as EclipseLink's table generation was: when the bundle is active its unit
            // is there, so a policy is never listed ACTIVE while its storage is still on the way; retries go to the
            // migration thread
            migrate(schema);
            return schema;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Schema schema) {
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Schema schema) {
            schemas.remove(bundle.getBundleId(), schema);
            schema.withdraw();
        }
    }
}
