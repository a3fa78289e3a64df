package org.hourglass.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.problem.Problem;
import org.junit.Test;

/** Group commit of heartbeats (issue 7): answers only after the commit, refusals and failures stay per beat. */
public class GroupCommitTest {
    /** A transaction template that records which items each "transaction" committed, and can fail a commit. */
    private static final class Transactions implements JpaTemplate {
        final List<List<String>> committed = Collections.synchronizedList(new ArrayList<>());
        final ThreadLocal<List<String>> open = new ThreadLocal<>();
        volatile String failCommitContaining;

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            open.set(new ArrayList<>());
            try {
                R result = code.apply(null);
                List<String> items = open.get();
                if (failCommitContaining != null && items.contains(failCommitContaining)) {
                    throw new javax.persistence.PersistenceException("commit failed");
                }
                committed.add(items);
                return result;
            } finally {
                open.remove();
            }
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            txExpr(type, em -> {
                code.accept(em);
                return null;
            });
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }

    private static String write(Transactions tx, String item) {
        if (item.startsWith("refused")) {
            throw Problem.ruleViolated("C-4", "refused before writing");
        }
        tx.open.get().add(item);
        return "ok " + item;
    }

    @Test
    public void beatsWaitingTogetherShareOneCommitAndEachIsAnsweredWithItsOwnResult() throws Exception {
        Transactions tx = new Transactions();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (GroupCommit<String, String> commits = new GroupCommit<>("test", tx, (em, item) -> {
            if (item.equals("first")) {
                firstInside.countDown();
                await(release);
            }
            return write(tx, item);
        }, 1, 64)) {
            ExecutorService callers = Executors.newFixedThreadPool(6);
            Future<String> first = callers.submit(() -> commits.write("first"));
            assertTrue(firstInside.await(5, TimeUnit.SECONDS));
            List<Future<String>> rest = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String item = "beat-" + i;
                rest.add(callers.submit(() -> commits.write(item)));
            }
            awaitWaiting(commits, 5); // the five queue behind the first batch's open transaction
            release.countDown();
            assertEquals("ok first", first.get(5, TimeUnit.SECONDS));
            for (int i = 0; i < 5; i++) {
                assertEquals("ok beat-" + i, rest.get(i).get(5, TimeUnit.SECONDS));
            }
            callers.shutdown();
            assertEquals("the first alone, then the five that waited in one commit", 2, tx.committed.size());
            assertEquals(5, tx.committed.get(1).size());
        }
    }

    @Test
    public void aRefusedBeatGetsItsRefusalAndAFailedBatchIsRetriedBeatByBeat() throws Exception {
        Transactions tx = new Transactions();
        tx.failCommitContaining = "poison";
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blockerInside = new CountDownLatch(1);
        List<String> rolledBack = Collections.synchronizedList(new ArrayList<>());
        try (GroupCommit<String, String> commits = new GroupCommit<>("test", tx, (em, item) -> {
            if (item.equals("blocker")) {
                blockerInside.countDown();
                await(release);
            }
            return write(tx, item);
        }, () -> {
        }, rolledBack::add, 1, 64)) {
            ExecutorService callers = Executors.newFixedThreadPool(4);
            Future<String> blocker = callers.submit(() -> commits.write("blocker"));
            assertTrue(blockerInside.await(5, TimeUnit.SECONDS));
            Future<String> poison = callers.submit(() -> commits.write("poison"));
            Future<String> fine = callers.submit(() -> commits.write("fine"));
            Future<String> refused = callers.submit(() -> commits.write("refused-1"));
            awaitWaiting(commits, 3); // all three in the next batch
            release.countDown();
            assertEquals("ok blocker", blocker.get(5, TimeUnit.SECONDS));
            assertEquals("ok fine", fine.get(5, TimeUnit.SECONDS));
            java.util.concurrent.ExecutionException p = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> poison.get(5, TimeUnit.SECONDS));
            assertTrue(p.getCause() instanceof javax.persistence.PersistenceException);
            java.util.concurrent.ExecutionException r = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> refused.get(5, TimeUnit.SECONDS));
            assertTrue(((Problem) r.getCause()).detail().startsWith("C-4:"));
            callers.shutdown();
            assertTrue("nothing of the poisoned beat was committed", tx.committed.stream().noneMatch(c -> c.contains("poison")));
            assertTrue("its neighbour was committed on its own", tx.committed.contains(List.of("fine")));
            // issue 19: the writer forgets what it remembered of every learner of a failed batch (rows it named were rolled back)
            assertTrue("every beat of the failed batch was announced: " + rolledBack, rolledBack.containsAll(List.of("poison", "fine")));
            assertFalse("a batch that committed is not", rolledBack.contains("blocker"));
        }
    }

    /** Spins (bounded) until the queue holds {@code n} items. */
    private static void awaitWaiting(GroupCommit<?, ?> commits, int n) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (commits.waiting() != n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("queue never held " + n + " items (holds " + commits.waiting() + ")");
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
