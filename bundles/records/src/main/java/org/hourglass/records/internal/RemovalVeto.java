package org.hourglass.records.internal;

import org.hourglass.api.classes.ClassParticipant;
import org.hourglass.api.classes.RosterChange;
import org.hourglass.api.classes.TaskChange;
import org.hourglass.api.policy.LeaveRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * C-25 (BJ Q27, Q30, Q53) as records' part in classes' changes: a learner or a task leaves a class only while the class's
 * policy allows it for the time studied. The limit (10 minutes in the seeds) and which side of it the boundary falls are
 * the policy's ({@code StandardRules.removal}); records knows how long. Runs inside the change's transaction: a refusal
 * undoes the whole change (issue 13).
 */
@Component(service = ClassParticipant.class)
public class RemovalVeto implements ClassParticipant {
    private final Progress progress;

    @Activate
    public RemovalVeto(@Reference Progress progress) {
        this.progress = progress;
    }

    @Override
    public void taskWithdrawn(TaskChange change) {
        long studiedMs = progress.longestStudyOnCourse(change.cls().classId(), change.courseId());
        change.policy().mayLeave(new LeaveRequest(change.cls(), 0, studiedMs / 1000, change.at())).orThrow();
    }

    @Override
    public void learnerLeaving(RosterChange change) {
        long studiedMs = progress.studiedMillis(change.cls().classId(), change.learnerId());
        change.policy().mayLeave(new LeaveRequest(change.cls(), change.learnerId(), studiedMs / 1000, change.at())).orThrow();
    }
}
