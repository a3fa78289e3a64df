package org.hourglass.records.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for heartbeats (issue 7): a few writer threads each take every beat waiting in the queue (up to
 * {@code maxBatch}) and record them in ONE transaction, so one durable log write acknowledges many beats. There
 * is no waiting window: a lone beat is written at once; under load beats queue while the previous batch commits.
 * Every caller is answered only after the commit that holds its beat. A beat refused by a rule (a {@link Problem},
 * raised before the beat writes anything) gets its refusal while the rest of the batch commits. If the batch
 * transaction fails as a whole, each of its beats is retried alone, so one bad beat never fails its neighbours (a lone beat
 * too, once: issue 20, a version conflict with another node is answered on fresh rows, not with "resend").
 */
final class GroupCommit<T, R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private record Pending<T, R>(T item, CompletableFuture<R> answer) {
    }

    private final JpaTemplate jpa;
    private final BiFunction<EntityManager, T, R> writer;
    private final Runnable committed;
    private final Consumer<T> rolledBack;
    private final int maxBatch;
    private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    GroupCommit(String name, JpaTemplate jpa, BiFunction<EntityManager, T, R> writer, int writers, int maxBatch) {
        this(name, jpa, writer, () -> {
        }, item -> {
        }, writers, maxBatch);
    }

    /**
     * {@code committed} runs on the writer thread after each commit, before its callers are answered; {@code rolledBack}
     * hears of each item of a batch whose transaction failed, before the items are retried one by one.
     */
    GroupCommit(String name, JpaTemplate jpa, BiFunction<EntityManager, T, R> writer, Runnable committed, Consumer<T> rolledBack,
            int writers, int maxBatch) {
        this.jpa = jpa;
        this.writer = writer;
        this.committed = committed;
        this.rolledBack = rolledBack;
        this.maxBatch = maxBatch;
        for (int i = 0; i < writers; i++) {
            Thread t = new Thread(this::loop, name + "-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Writes the item in the next batch; returns after that batch committed, or throws what refused it. */
    R write(T item) {
        if (!running) {
            throw Problem.conflict("the learning records are restarting; resend this request");
        }
        CompletableFuture<R> answer = new CompletableFuture<>();
        queue.add(new Pending<>(item, answer));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.conflict("interrupted while the beat was being recorded; resend it");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Items queued and not yet taken into a batch. */
    int waiting() {
        return queue.size();
    }

    private void loop() {
        List<Pending<T, R>> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending<T, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.clear();
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                commit(batch, true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable t) {
                LOG.error("Group commit loop failed; answering the batch with the failure", t);
                batch.forEach(p -> p.answer().completeExceptionally(t));
            }
        }
    }

    /**
     * Commits the batch; if its transaction fails, each item is tried once more alone (after {@code rolledBack} heard of it —
     * a lone item too: a version check that failed because another node wrote the rows is answered on rows read again).
     */
    private void commit(List<Pending<T, R>> batch, boolean retry) {
        List<Object> outcomes;
        try {
            outcomes = jpa.txExpr(TransactionType.Required, em -> {
                List<Object> out = new ArrayList<>(batch.size());
                for (Pending<T, R> p : batch) {
                    try {
                        out.add(writer.apply(em, p.item()));
                    } catch (Problem refused) {
                        out.add(refused);
                    }
                }
                return out;
            });
        } catch (RuntimeException batchFailed) {
            batch.forEach(p -> rolledBack.accept(p.item()));
            if (!retry) {
                batch.get(0).answer().completeExceptionally(batchFailed);
                return;
            }
            LOG.info("A batch of {} beats failed ({}); recording them one by one", batch.size(), batchFailed.toString());
            batch.forEach(p -> commit(List.of(p), false));
            return;
        }
        try {
            committed.run();
        } catch (RuntimeException e) { // the batch is durable: its callers get their answers whatever this hook did
            LOG.warn("After-commit hook failed", e);
        }
        for (int i = 0; i < batch.size(); i++) {
            Object o = outcomes.get(i);
            if (o instanceof Problem refused) {
                batch.get(i).answer().completeExceptionally(refused);
            } else {
                @SuppressWarnings("unchecked")
                R result = (R) o;
                batch.get(i).answer().complete(result);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
