package org.hourglass.classes.internal;

import java.util.List;
import org.hourglass.api.classes.ClassChange;
import org.hourglass.api.classes.ClassParticipant;
import org.hourglass.api.classes.RosterChange;
import org.hourglass.api.classes.TaskChange;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The bundles above classes that take part in task and roster changes (records: C-25; commerce: BJ-10 copies), called
 * inside the change's transaction (issue 13). Classes depends on none of them: they register, classes calls.
 */
@Component(service = ClassParticipants.class)
public class ClassParticipants {
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ClassParticipant> participants = List.of();

    void taskPublished(TaskChange change) {
        participants.forEach(p -> p.taskPublished(change));
    }

    void taskWithdrawn(TaskChange change) {
        participants.forEach(p -> p.taskWithdrawn(change));
    }

    void learnerLeaving(RosterChange change) {
        participants.forEach(p -> p.learnerLeaving(change));
    }

    void classDeleting(ClassChange change) {
        participants.forEach(p -> p.classDeleting(change));
    }
}
