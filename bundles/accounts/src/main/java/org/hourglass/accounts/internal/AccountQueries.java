package org.hourglass.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.hourglass.api.problem.Problem;

/** Queries on accounts shared by login, password reset and registration. */
final class AccountQueries {
    private AccountQueries() {
    }

    /**
     * C-4: the account a principal names — a staff username, an ID number or a phone. A phone that is
     * both an organisation admin and a learner needs {@code role} (C-3, BJ Q34): 400 on field
     * {@code role} otherwise.
     */
    /** EclipseLink's hint: the rows read replace the cached copies. */
    static final String REFRESH = "eclipselink.refresh";

    static Optional<AccountEntity> byPrincipal(EntityManager em, String principal, String role) {
        // three lookups, each on its unique index, instead of one OR that Derby answers with a scan of every account; issue 20:
        // each refreshes what it finds, so a password or phone changed on another node is the one checked here at once
        java.util.Map<Long, AccountEntity> found = new java.util.LinkedHashMap<>();
        em.createQuery("select a from AccountEntity a where a.principal = :p", AccountEntity.class).setParameter("p", principal)
                .setHint(REFRESH, "true").getResultList().forEach(a -> found.put(a.id(), a));
        em.createQuery("select a from AccountEntity a where a.idNumber = :id", AccountEntity.class)
                .setParameter("id", principal.toUpperCase()).setHint(REFRESH, "true").getResultList().forEach(a -> found.put(a.id(), a));
        em.createQuery("select a from AccountEntity a where a.kind in :kinds and a.phone = :p and a.phoneBound = true", AccountEntity.class)
                .setParameter("kinds", java.util.EnumSet.allOf(AccountKind.class)).setParameter("p", principal).setHint(REFRESH, "true").getResultList()
                .forEach(a -> found.put(a.id(), a));
        List<AccountEntity> candidates = List.copyOf(found.values());
        if (role != null) {
            candidates = candidates.stream().filter(a -> a.roles().contains(role)).toList();
        }
        if (candidates.size() > 1) {
            throw Problem.invalidField("role", "this phone belongs to an organisation admin and a learner: "
                    + "name the role ORG_ADMIN or LEARNER (C-3)");
        }
        return candidates.stream().findFirst();
    }

    /** C-3: whether another learner has this phone. */
    static boolean phoneTakenByAnotherLearner(EntityManager em, String phone, Long self) {
        // C-3 is about BOUND phones: a phone an importer typed in (unbound, a mere contact) takes nobody's place
        return em.createQuery("select a.id from AccountEntity a where a.kind = :k and a.phone = :p and a.phoneBound = true", Long.class)
                .setParameter("k", AccountKind.LEARNER).setParameter("p", phone).getResultList()
                .stream().anyMatch(id -> !id.equals(self));
    }

    /**
     * Issue 14 item 13: the phone's owner has just proved it with a code, so other learners' typed-in, unbound copies of
     * it (an importer's guess, perhaps another tenant's) are dropped — they would otherwise keep the owner from binding.
     */
    static void releaseTypedPhone(EntityManager em, String phone, Long self) {
        em.createQuery("update AccountEntity a set a.phone = null where a.kind = :k and a.phone = :p "
                + "and (a.phoneBound is null or a.phoneBound = false) and a.id <> :self")
                .setParameter("k", AccountKind.LEARNER).setParameter("p", phone).setParameter("self", self == null ? -1L : self)
                .executeUpdate();
    }

    /** Ends every live session of the account (C-4 on a new login; C-7 after a password reset). */
    static void endSessions(EntityManager em, long accountId, Instant now, String reason) {
        em.createQuery("update SessionEntity s set s.endedAt = :now, s.endReason = :r "
                + "where s.accountId = :id and s.endedAt is null")
                .setParameter("now", now).setParameter("r", reason).setParameter("id", accountId).executeUpdate();
    }
}
