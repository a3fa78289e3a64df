package org.hourglass.commerce.internal;

import java.time.Instant;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/** Prepaid live-stream minutes inside a caller's transaction (IN-8). */
final class Balances {
    /** Line service of a paid top-up; a night's usage is {@link #USAGE}. */
    static final String TOP_UP = "TOP_UP";
    static final String USAGE = "USAGE";

    private Balances() {
    }

    static BalanceEntity row(EntityManager em, long institutionId, Instant now) {
        BalanceEntity b = em.find(BalanceEntity.class, institutionId);
        if (b == null) {
            b = new BalanceEntity(institutionId, now);
            em.persist(b);
        } else {
            em.lock(b, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return b;
    }

    static void add(EntityManager em, long institutionId, long minutes, Instant now) {
        row(em, institutionId, now).add(minutes, now);
    }
}
