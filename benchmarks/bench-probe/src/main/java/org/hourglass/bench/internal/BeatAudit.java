package org.hourglass.bench.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The kill -9 drill's check (C-30): of the beats the server acknowledged, how many are stored; for every
 * idempotency key, how many beats it produced; and whether any (learner, stream, sequence) was credited twice.
 */
@Component(service = BeatAudit.class)
public class BeatAudit {
    private final DataSource db;

    @Activate
    public BeatAudit(@Reference(target = "(osgi.jndi.service.name=hourglass)") DataSource db) {
        this.db = db;
    }

    public record AuditRequest(List<Long> classIds, List<Long> acknowledgedBeatIds) {
    }

    public record Audit(long acknowledged, long acknowledgedStored, long beatsInClasses, long idempotencyKeys, long sequencesStoredTwice,
            long creditedMs) {
    }

    Audit audit(AuditRequest request) throws SQLException {
        try (Connection c = db.getConnection()) {
            long stored = 0;
            List<Long> ids = request.acknowledgedBeatIds();
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                stored += count(c, "SELECT COUNT(*) FROM REC_BEAT WHERE ID IN (" + placeholders(chunk.size()) + ")", chunk);
            }
            Map<String, Long> sums = new HashMap<>();
            for (Long cls : request.classIds()) {
                List<Long> one = List.of(cls);
                sums.merge("beats", count(c, "SELECT COUNT(*) FROM REC_BEAT WHERE CLASS_ID = ?", one), Long::sum);
                sums.merge("twice", count(c, "SELECT COUNT(*) FROM (SELECT LEARNER_ID, STREAM_ID, SEQ FROM REC_BEAT WHERE CLASS_ID = ? "
                        + "GROUP BY LEARNER_ID, STREAM_ID, SEQ HAVING COUNT(*) > 1) T", one), Long::sum);
                sums.merge("credited", count(c, "SELECT COALESCE(SUM(CREDITED_MS), 0) FROM REC_BEAT WHERE CLASS_ID = ?", one), Long::sum);
                sums.merge("keys", count(c, "SELECT COUNT(*) FROM REC_IDEMPOTENCY I JOIN REC_BEAT B ON B.ID = I.BEAT_ID WHERE B.CLASS_ID = ?", one),
                        Long::sum);
            }
            return new Audit(ids.size(), stored, sums.getOrDefault("beats", 0L), sums.getOrDefault("keys", 0L),
                    sums.getOrDefault("twice", 0L), sums.getOrDefault("credited", 0L));
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static long count(Connection c, String sql, List<Long> args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                s.setLong(i + 1, args.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
