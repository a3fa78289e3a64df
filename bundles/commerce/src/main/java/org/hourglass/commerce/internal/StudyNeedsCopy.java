package org.hourglass.commerce.internal;

import org.hourglass.api.policy.Decision;
import org.hourglass.api.records.StudyPermit;
import org.hourglass.api.records.StudyRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** BJ-10: under a per-copy policy a learner studies a course only with a copy, which a published task hands out. */
@Component(service = StudyPermit.class)
public class StudyNeedsCopy implements StudyPermit {
    private final StockService stock;

    @Activate
    public StudyNeedsCopy(@Reference StockService stock) {
        this.stock = stock;
    }

    @Override
    public Decision mayStudy(StudyRequest r) {
        if (!CopiesForTasks.perCopy(r.policy(), r.cls()) || stock.holds(r.cls().classId(), r.learnerId(), r.courseId())) {
            return Decision.allow();
        }
        return Decision.refuse("BJ-10", "learner " + r.learnerId() + " holds no copy of course " + r.courseId()
                + "; the organisation publishes a task of it to the learner");
    }
}
