package org.hourglass.api.classes;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service of a bundle above classes whose own state follows a class's tasks and roster (the one-way
 * stack, ARCHITECTURE "Where the shape goes next"): records answers C-25 from the time studied, commerce hands out
 * and takes back BJ-10 course copies. Classes calls every registered participant INSIDE the change's transaction,
 * before it writes the change itself: what a participant writes commits with the change or not at all, and a
 * participant refuses by throwing a {@link org.hourglass.api.problem.Problem} (typically 409 naming its rule), which
 * undoes the whole change, the other participants' writes included. No participant undoes anything by hand.
 *
 * <p>A participant gets every fact it needs in the change (the class as its policy sees it, the policy itself) and
 * must not call classes back. Participants are called in service-ranking order; none may rely on the order.
 */
@ConsumerType
public interface ClassParticipant {
    /** A task is being published to its audience (C-22). */
    default void taskPublished(TaskChange change) {
    }

    /** A task is being withdrawn (C-25); its audience is the learners it reached. */
    default void taskWithdrawn(TaskChange change) {
    }

    /** A learner is being taken off the roster (C-25). */
    default void learnerLeaving(RosterChange change) {
    }

    /**
     * The class is being deleted before it opened (C-28). Its tasks and learners were handed to
     * {@link #taskWithdrawn}/{@link #learnerLeaving} first; refuse (409) while something of yours still needs the class.
     */
    default void classDeleting(ClassChange change) {
    }
}
