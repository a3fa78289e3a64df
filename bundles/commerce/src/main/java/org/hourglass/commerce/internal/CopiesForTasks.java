package org.hourglass.commerce.internal;

import org.hourglass.api.classes.ClassParticipant;
import org.hourglass.api.classes.RosterChange;
import org.hourglass.api.classes.TaskChange;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.TrainingPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * BJ-10 as commerce's part in classes' changes, for classes whose policy sells courses per copy: a published task takes
 * one copy of its course per learner of its audience from the organisation's stock (all or none: 409 BJ-10 when short);
 * a withdrawn task or a learner leaving gives them back. Inside the change's transaction (issue 13): if the task is not
 * stored, the copies were never taken.
 */
@Component(service = ClassParticipant.class)
public class CopiesForTasks implements ClassParticipant {
    private final StockService stock;

    @Activate
    public CopiesForTasks(@Reference StockService stock) {
        this.stock = stock;
    }

    static boolean perCopy(TrainingPolicy policy, ClassContext cls) {
        return cls.owner().kind() == PartyKind.ORGANIZATION && policy.coursesByCopy(cls);
    }

    @Override
    public void taskPublished(TaskChange change) {
        if (perCopy(change.policy(), change.cls()) && !change.audience().isEmpty()) {
            stock.assign(change.cls().owner().id(), change.courseId(), change.cls().classId(), change.audience());
        }
    }

    @Override
    public void taskWithdrawn(TaskChange change) {
        if (perCopy(change.policy(), change.cls()) && !change.audience().isEmpty()) {
            stock.release(change.cls().owner().id(), change.courseId(), change.cls().classId(), change.audience());
        }
    }

    @Override
    public void learnerLeaving(RosterChange change) {
        if (perCopy(change.policy(), change.cls())) {
            stock.releaseLearner(change.cls().classId(), change.learnerId());
        }
    }
}
