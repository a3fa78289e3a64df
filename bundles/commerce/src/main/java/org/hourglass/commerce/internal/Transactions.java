package org.hourglass.commerce.internal;

import java.util.function.Supplier;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.hourglass.api.problem.Problem;

/** Maps a lost race on a versioned row (two changes of one order or one stock at once) to 409: nothing was changed. */
final class Transactions {
    private Transactions() {
    }

    static <T> T conflictsAs409(Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw Problem.conflict("the order changed meanwhile; nothing was changed, read it again and retry");
            }
            throw e;
        }
    }

    static boolean lostRace(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            // EclipseLink wraps its own org.eclipse.persistence.exceptions.OptimisticLockException in a RollbackException
            if (c instanceof OptimisticLockException || c.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
