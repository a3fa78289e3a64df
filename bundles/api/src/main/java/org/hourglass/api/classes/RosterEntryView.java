package org.hourglass.api.classes;

import java.time.Instant;

/**
 * A learner on a class roster; {@code contact} is what the roster file's contact column said (C-21: free text — phone,
 * address or e-mail — not checked, seed 003), null when it had none; {@code leftAt} when the learner left the
 * organisation that runs the class (C-24, BJ-1): his study there ended and he is in no claim of it, his facts stay.
 */
public record RosterEntryView(long learnerId, Long organizationId, Long groupId, Instant joinedAt, String contact, Instant leftAt) {
    /** An entry without a contact, of a learner still in the organisation. */
    public RosterEntryView(long learnerId, Long organizationId, Long groupId, Instant joinedAt) {
        this(learnerId, organizationId, groupId, joinedAt, null, null);
    }

    /** Whether the learner still studies in the class (he did not leave its organisation). */
    public boolean active() {
        return leftAt == null;
    }
}
