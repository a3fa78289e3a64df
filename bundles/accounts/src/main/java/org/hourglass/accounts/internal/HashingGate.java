package org.hourglass.accounts.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hourglass.api.problem.Problem;

/**
 * Bounds how many password hashes run at once (issue 14 item 6): each Argon2id hash holds 19 MiB, and more
 * hashes than cores only share the same CPU. With one permit per core, 500 learners logging in at 9:00 queue
 * here, fairly, and the heap holds at most cores × 19 MiB of hash memory. A caller that would wait longer
 * than {@link #MAX_WAIT_SECONDS} gets 503 (retry), never an out-of-memory error.
 */
final class HashingGate {
    static final int MAX_WAIT_SECONDS = 30;
    private static final Semaphore PERMITS = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    private HashingGate() {
    }

    static <T> T run(Supplier<T> hashing) {
        boolean acquired;
        try {
            acquired = PERMITS.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new Problem(503, "busy", "Busy", "too many logins at once; try again in a few seconds", java.util.List.of());
        }
        try {
            return hashing.get();
        } finally {
            PERMITS.release();
        }
    }
}
