package org.hourglass.bench.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Issue 7 benchmark 2, the raw side: durable single-row inserts (one commit each, as each heartbeat is one
 * transaction) of a REC_BEAT-wide row into the same Derby through the same pooled DataSource, from N threads.
 * Table BENCH_RAW belongs to this probe and is emptied before each run.
 */
@Component(service = StorageCeiling.class)
public class StorageCeiling {
    private final DataSource db;

    @Activate
    public StorageCeiling(@Reference(target = "(osgi.jndi.service.name=hourglass)") DataSource db) {
        this.db = db;
    }

    public record Ceiling(long rows, int threads, double seconds, double rowsPerSecond) {
    }

    Ceiling run(int rows, int threads) throws Exception {
        prepare();
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> insert(next, rows)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Ceiling(rows, threads, seconds, rows / seconds);
    }

    private Void insert(AtomicLong next, int rows) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO BENCH_RAW (LEARNER_ID, CLASS_ID, "
                + "COURSE_ID, CHAPTER_ID, STREAM_ID, SEQ, POSITION_MS, RECEIVED_AT, CREDITED_MS, FLAGS, NOTE) VALUES (?, 1, 2, 3, ?, ?, ?, ?, ?, '', ?)")) {
            c.setAutoCommit(true);
            for (long i = next.getAndIncrement(); i < rows; i = next.getAndIncrement()) {
                s.setLong(1, i % 1000);
                s.setString(2, "stream-" + (i % 1000));
                s.setLong(3, i);
                s.setLong(4, i * 10_000);
                s.setTimestamp(5, new Timestamp(System.currentTimeMillis()));
                s.setLong(6, 10_000);
                s.setString(7, "credited as the video played");
                s.executeUpdate();
            }
        }
        return null;
    }

    private void prepare() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try {
                s.executeUpdate("CREATE TABLE BENCH_RAW (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, LEARNER_ID BIGINT NOT NULL, "
                        + "CLASS_ID BIGINT NOT NULL, COURSE_ID BIGINT NOT NULL, CHAPTER_ID BIGINT NOT NULL, STREAM_ID VARCHAR(64) NOT NULL, "
                        + "SEQ BIGINT NOT NULL, POSITION_MS BIGINT NOT NULL, RECEIVED_AT TIMESTAMP NOT NULL, CREDITED_MS BIGINT NOT NULL, "
                        + "FLAGS VARCHAR(200), NOTE VARCHAR(300))");
                s.executeUpdate("CREATE INDEX BENCH_RAW_LEARNER ON BENCH_RAW (LEARNER_ID, CLASS_ID)");
            } catch (SQLException exists) {
                s.executeUpdate("DELETE FROM BENCH_RAW");
            }
        }
    }
}
