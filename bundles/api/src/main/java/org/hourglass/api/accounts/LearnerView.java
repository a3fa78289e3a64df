package org.hourglass.api.accounts;

import java.time.Instant;
import org.hourglass.api.identity.IdType;

/**
 * A learner as the API shows it. {@code idNumber} is masked ({@code 110105********002X}) for every
 * caller but the platform admin and the learner himself.
 */
public record LearnerView(long id, String name, IdType idType, String idNumber, String phone, boolean phoneBound,
        Gender gender, Long organizationId, Long institutionId, boolean mustChangePassword, Instant createdAt) {
    /** C-2: study needs a changed initial password and a phone bound by a verified code. */
    public boolean readyToStudy() {
        return !mustChangePassword && phoneBound;
    }

}
