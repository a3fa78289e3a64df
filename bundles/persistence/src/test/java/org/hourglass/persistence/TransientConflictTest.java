package org.hourglass.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.PersistenceException;
import javax.transaction.Status;
import javax.transaction.TransactionManager;
import org.junit.Test;

/** Issue 13: an operation that lost a lock conflict as the outermost transaction runs again; a joined one does not. */
public class TransientConflictTest {
    private static TransactionManager status(int status) {
        return (TransactionManager) Proxy.newProxyInstance(TransactionManager.class.getClassLoader(),
                new Class<?>[] {TransactionManager.class}, (p, m, a) -> {
                    if (m.getName().equals("getStatus")) {
                        return status;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static RuntimeException failure(String sqlState) {
        return new PersistenceException("commit failed", new SQLException("lock", sqlState));
    }

    @Test
    public void anOutermostOperationThatLostALockConflictRunsAgain() {
        AtomicInteger calls = new AtomicInteger();
        String r = TransientConflict.retried(status(Status.STATUS_NO_TRANSACTION), "import", () -> {
            if (calls.incrementAndGet() < 3) {
                throw failure(calls.get() == 1 ? "40XL1" : "40001");
            }
            return "done";
        });
        assertEquals("done", r);
        assertEquals(3, calls.get());
    }

    @Test
    public void itGivesUpAfterThreeAttemptsWithTheFailureAsItIs() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException lost = failure("40XL1");
        try {
            TransientConflict.retried(status(Status.STATUS_NO_TRANSACTION), "import", () -> {
                calls.incrementAndGet();
                throw lost;
            });
            fail();
        } catch (RuntimeException e) {
            assertSame(lost, e);
        }
        assertEquals(TransientConflict.ATTEMPTS, calls.get());
    }

    @Test
    public void anOperationInsideACallersTransactionRunsOnce() {
        AtomicInteger calls = new AtomicInteger();
        try {
            TransientConflict.retried(status(Status.STATUS_ACTIVE), "publish", () -> {
                calls.incrementAndGet();
                throw failure("40001");
            });
            fail();
        } catch (RuntimeException e) {
            assertEquals(1, calls.get());
        }
    }

    @Test
    public void otherFailuresRunOnce() {
        AtomicInteger calls = new AtomicInteger();
        try {
            TransientConflict.retried(status(Status.STATUS_NO_TRANSACTION), "publish", () -> {
                calls.incrementAndGet();
                throw failure("23505"); // a unique key taken meanwhile: not a lock conflict
            });
            fail();
        } catch (RuntimeException e) {
            assertEquals(1, calls.get());
        }
    }
}
