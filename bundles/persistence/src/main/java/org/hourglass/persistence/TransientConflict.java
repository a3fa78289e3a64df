package org.hourglass.persistence;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transaction the database gave up to a passing lock conflict — chosen as a deadlock's victim (SQLState 40001, and
 * PostgreSQL's 40P01) or refused a lock it did not get in time (Derby's 40XL1/40XL2, also Derby's "too much contention"
 * on an identity column's catalog row right after a restart, when statements compile for the first time) — was rolled
 * back whole (issue 13: one operation, one transaction), so running the operation again is safe and usually succeeds.
 * {@link #retried} does that, at most {@value #ATTEMPTS} times with a short random pause, and only as the OUTERMOST
 * transaction: an operation that joined a caller's transaction is part of that transaction and is not run again alone.
 * After the last attempt the failure goes up as it is (the REST layer answers it 409, never 500).
 */
public final class TransientConflict {
    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(TransientConflict.class);

    private TransientConflict() {
    }

    /** Whether the failure is a lost lock conflict that a new attempt may not meet again. */
    public static boolean in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "40001", "40P01", "40XL1", "40XL2":
                        return true;
                    default:
                        break;
                }
            }
        }
        return false;
    }

    /**
     * Runs {@code operation} (which opens its own transaction, e.g. {@code jpa.txExpr(Required, …)}) and runs it again
     * when it lost a lock conflict, if no transaction was open when it was called. The operation must build everything
     * it writes inside itself, so a new attempt starts from nothing.
     */
    public static <R> R retried(TransactionManager transactions, String operationName, Supplier<R> operation) {
        if (inTransaction(transactions)) {
            return operation.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !in(e)) {
                    throw e;
                }
                LOG.info("{} lost a lock conflict (attempt {} of {}), running it again: {}", operationName, attempt, ATTEMPTS,
                        rootMessage(e));
                pause(attempt);
            }
        }
    }

    /** {@link #retried} for an operation without a result. */
    public static void retried(TransactionManager transactions, String operationName, Runnable operation) {
        retried(transactions, operationName, () -> {
            operation.run();
            return null;
        });
    }

    private static boolean inTransaction(TransactionManager transactions) {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true; // unknown: do not run it twice
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.toString();
    }
}
