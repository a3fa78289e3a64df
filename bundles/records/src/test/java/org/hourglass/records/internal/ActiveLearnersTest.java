package org.hourglass.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.junit.Test;

/**
 * Issue 19: the beat writer's memory finds a learner's rows by id after one query, sees the rows its batch creates before
 * they have ids, and goes back to the database when it was told to forget or a row it named is gone.
 */
public class ActiveLearnersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    /** An entity manager over a map of rows by id; its queries answer with every row of the asked type and count. */
    private static final class Rows {
        final Map<Object, Object> byId = new HashMap<>();
        int queries;

        EntityManager em() {
            return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "find" -> ((Class<?>) args[0]).isInstance(byId.get(args[1])) ? byId.get(args[1]) : null;
                        case "createQuery" -> query((Class<?>) args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private TypedQuery<?> query(Class<?> type) {
            return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setParameter" -> proxy;
                        case "getResultList" -> {
                            queries++;
                            List<Object> out = new ArrayList<>();
                            byId.values().stream().filter(type::isInstance).forEach(out::add);
                            yield out;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        <E> E stored(E row, long id) {
            setId(row, id);
            byId.put(id, row);
            return row;
        }
    }

    private static void setId(Object row, long id) {
        try {
            Field f = row.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(row, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void aLearnersRowsAreQueriedOnceThenFoundById() {
        Rows db = new Rows();
        ChapterProgressEntity chapter = db.stored(new ChapterProgressEntity(7, 1, 2, 30, 60_000), 100);
        DayLedgerEntity day = db.stored(new DayLedgerEntity(7, 1, 2, DAY, "beijing"), 200);
        ActiveLearners memory = new ActiveLearners();
        EntityManager em = db.em();

        assertSame(chapter, memory.courseRows(em, 7, 1, 2).get(30L));
        assertEquals(List.of(day), memory.dayRows(em, 7, DAY));
        assertEquals(2, db.queries);
        assertSame(chapter, memory.courseRows(em, 7, 1, 2).get(30L));
        assertEquals(List.of(day), memory.dayRows(em, 7, DAY));
        assertEquals("the second beat finds its rows by id", 2, db.queries);

        memory.dayRows(em, 7, DAY.plusDays(1));
        assertEquals("a new day is read from the database", 3, db.queries);
    }

    @Test
    public void rowsCreatedInTheBatchAreSeenBeforeTheyHaveIdsAndByIdAfterwards() {
        Rows db = new Rows();
        ActiveLearners memory = new ActiveLearners();
        EntityManager em = db.em();
        assertTrue(memory.courseRows(em, 7, 1, 2).isEmpty());
        assertTrue(memory.dayRows(em, 7, DAY).isEmpty());
        ChapterProgressEntity created = new ChapterProgressEntity(7, 1, 2, 30, 60_000);
        DayLedgerEntity createdDay = new DayLedgerEntity(7, 1, 2, DAY, "beijing");
        memory.created(7, created, 1, 2);
        memory.created(7, createdDay);

        // the learner's next beat in the same batch: no id yet, the row itself
        assertSame(created, memory.courseRows(em, 7, 1, 2).get(30L));
        assertEquals(List.of(createdDay), memory.dayRows(em, 7, DAY));

        db.stored(created, 101); // the commit gave them ids
        db.stored(createdDay, 201);
        memory.identified();
        int before = db.queries;
        assertSame(created, memory.courseRows(em, 7, 1, 2).get(30L));
        assertEquals(List.of(createdDay), memory.dayRows(em, 7, DAY));
        assertEquals("found by their new ids", before, db.queries);
    }

    @Test
    public void aFailedBatchOrAMissingRowSendsTheLearnerBackToTheDatabase() {
        Rows db = new Rows();
        db.stored(new ChapterProgressEntity(7, 1, 2, 30, 60_000), 100);
        ActiveLearners memory = new ActiveLearners();
        EntityManager em = db.em();
        memory.courseRows(em, 7, 1, 2);
        ChapterProgressEntity rolledBack = new ChapterProgressEntity(7, 1, 2, 31, 60_000);
        memory.created(7, rolledBack, 1, 2);
        memory.forget(7); // the batch failed
        memory.identified();
        assertEquals(1, memory.courseRows(em, 7, 1, 2).size());
        assertEquals("forgotten: queried again, the rolled-back row is not there", 2, db.queries);

        db.byId.remove(100L);
        assertTrue(memory.courseRows(em, 7, 1, 2).isEmpty());
        assertEquals("a row id that finds nothing: queried again", 3, db.queries);
    }

    @Test
    public void theLeastRecentlyActiveLearnerIsForgottenBeyondTheCapacity() {
        Rows db = new Rows();
        ActiveLearners memory = new ActiveLearners(2);
        EntityManager em = db.em();
        memory.dayRows(em, 1, DAY);
        memory.dayRows(em, 2, DAY);
        memory.dayRows(em, 1, DAY);
        memory.dayRows(em, 3, DAY);
        assertEquals(2, memory.size());
        int before = db.queries;
        memory.dayRows(em, 1, DAY);
        assertEquals("learner 1 was used more recently than learner 2", before, db.queries);
        memory.dayRows(em, 2, DAY);
        assertEquals("learner 2 was forgotten", before + 1, db.queries);
    }
}
