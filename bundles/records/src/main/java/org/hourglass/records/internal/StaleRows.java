package org.hourglass.records.internal;

import javax.persistence.Cache;
import javax.persistence.EntityManagerFactory;

/**
 * Issue 20 (C-30 across nodes): every node keeps its own EclipseLink cache, so a node's copy of a learner's rows is stale
 * once another node took his beats. A stale copy is never written — each row the beat writer updates is versioned, the UPDATE fails and the
 * batch is retried beat by beat — but the retry must read the rows again, not the same cached copies: this drops them.
 * Chapter and day rows are dropped class-wide (their ids are not at hand once the batch rolled back); a conflict is rare —
 * a learner moving between nodes — so the cost is a few re-reads, once.
 */
final class StaleRows {
    private final EntityManagerFactory units;

    StaleRows(EntityManagerFactory units) {
        this.units = units;
    }

    void evict(long learnerId) {
        Cache cache = units.getCache();
        cache.evict(StreamEntity.class, learnerId);
        cache.evict(ChapterProgressEntity.class);
        cache.evict(DayLedgerEntity.class);
        cache.evict(ChallengeEntity.class);
    }
}
