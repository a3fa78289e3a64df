package org.hourglass.api.classes;

import java.time.Instant;

/**
 * A learner on a class roster; {@code contact} is what the roster file's contact column said (C-21: free text — phone,
 * address or e-mail — not checked, seed 003), null when it had none; {@code leftAt} when the learner left the
 * organisation that runs the class (C-24, BJ-1): his study there ended and he is in no claim of it, his facts stay.
 * {@code joinedAt} is when he was put on the roster (报名); {@code enteredAt} when he joined the class himself with its
 * class password, where its policy asks for that ({@code RosterRules.classPasswordJoin}, seed 003 "加入班级"); null before.
 */
public record RosterEntryView(long learnerId, Long organizationId, Long groupId, Instant joinedAt, String contact, Instant leftAt,
        Instant enteredAt) {
    /** An entry of a learner who has not joined with the class password (or whose class has none). */
    public RosterEntryView(long learnerId, Long organizationId, Long groupId, Instant joinedAt, String contact, Instant leftAt) {
        this(learnerId, organizationId, groupId, joinedAt, contact, leftAt, null);
    }

    /** An entry without a contact, of a learner still in the organisation. */
    public RosterEntryView(long learnerId, Long organizationId, Long groupId, Instant joinedAt) {
        this(learnerId, organizationId, groupId, joinedAt, null, null, null);
    }

    /** Whether the learner still studies in the class (he did not leave its organisation). */
    public boolean active() {
        return leftAt == null;
    }
}
