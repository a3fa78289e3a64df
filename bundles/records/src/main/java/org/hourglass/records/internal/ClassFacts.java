package org.hourglass.records.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The change count of each class's settled facts ({@link ClassFactsEntity}, issue 19). A writer makes sure the class has
 * its row before its transaction ({@link #ensure}, in a transaction of its own, so two first writers never fail each
 * other's work) and counts its change inside it ({@link #changed}: one atomic UPDATE, whose row lock orders it with the
 * other writers of the class).
 */
@Component(service = ClassFacts.class)
public class ClassFacts {
    private final JpaTemplate jpa;
    /** Classes known to have their row on this node. */
    private final Set<Long> known = ConcurrentHashMap.newKeySet();

    @Activate
    public ClassFacts(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * The class has its row (created now if it had none). One thread of the node creates it; a creation that lost a race
     * with another node fails its own small transaction only, and the row found afterwards is the one the other made.
     */
    void ensure(long classId) {
        if (known.contains(classId)) {
            return;
        }
        synchronized (known) {
            if (known.contains(classId)) {
                return;
            }
            try {
                jpa.tx(TransactionType.RequiresNew, em -> {
                    if (em.find(ClassFactsEntity.class, classId) == null) {
                        em.persist(new ClassFactsEntity(classId));
                    }
                });
            } catch (RuntimeException raced) { // the commit failed: another node created it first (or the database is away)
                Boolean there = jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery(
                        "select count(f) from ClassFactsEntity f where f.classId = :c", Long.class).setParameter("c", classId)
                        .getSingleResult() > 0);
                if (!there) {
                    throw raced;
                }
            }
            known.add(classId);
        }
    }

    /** Counts a change of the class's facts in the caller's transaction. */
    static void changed(EntityManager em, long classId) {
        em.createQuery("update ClassFactsEntity f set f.changes = f.changes + 1 where f.classId = :c").setParameter("c", classId)
                .executeUpdate();
    }

    /** The class's change count read in the caller's transaction; -1 when the class has no row yet. */
    static long changes(EntityManager em, long classId) {
        return em.createQuery("select f.changes from ClassFactsEntity f where f.classId = :c", Long.class).setParameter("c", classId)
                .getResultStream().findFirst().orElse(-1L);
    }
}
