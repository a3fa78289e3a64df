package org.hourglass.classes.internal;

import javax.persistence.EntityManager;

/**
 * The roster's size kept on the class row (issue 19): the class's policy context carries it, and the heartbeat's study
 * gate builds that context on every beat — counting the roster there cost a fifth of the heartbeat's CPU at saturation
 * (profile-heartbeat-20261130T231400Z). Every roster write holds the class row's lock ({@code PESSIMISTIC_WRITE}) and
 * ends with {@link #recount}, so the kept size is the counted one, committed in the same transaction. A class written
 * before the column existed has none and is counted on read until its roster next changes.
 */
final class RosterCount {
    private RosterCount() {
    }

    /** Counts the roster as it stands in this transaction and keeps the number on the class row (under the class's lock). */
    static int recount(EntityManager em, long classId) {
        em.flush();
        int size = counted(em, classId);
        // a bulk update: the class's optimistic version stays, so an edit of the class racing a roster change is not refused
        em.createQuery("update ClassEntity c set c.rosterCount = :n where c.id = :c")
                .setParameter("n", size).setParameter("c", classId).executeUpdate();
        return size;
    }

    /** The kept size, or the counted one for a class that has none yet. */
    static int of(EntityManager em, ClassEntity cls) {
        Integer kept = cls.rosterCount();
        return kept != null ? kept : counted(em, cls.id());
    }

    static int counted(EntityManager em, long classId) {
        return em.createQuery("select count(r) from RosterEntryEntity r where r.classId = :c", Long.class)
                .setParameter("c", classId).getSingleResult().intValue();
    }
}
