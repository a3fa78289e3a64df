package org.hourglass.api.accounts;

import java.time.Instant;
import org.hourglass.api.identity.IdType;

/**
 * A learner as the API shows it. {@code idNumber} is masked ({@code 110105********002X}) for every
 * caller but the platform admin and the learner himself. {@code activatedAt}: when the learner first became ready to
 * study (C-2) — the seed's "加入" with his bound phone (C-27); null before, and for accounts ready before it was kept.
 */
public record LearnerView(long id, String name, IdType idType, String idNumber, String phone, boolean phoneBound,
        Gender gender, Long organizationId, Long institutionId, boolean mustChangePassword, Instant createdAt, Instant activatedAt) {
    /** A view without the activation time. */
    public LearnerView(long id, String name, IdType idType, String idNumber, String phone, boolean phoneBound, Gender gender,
            Long organizationId, Long institutionId, boolean mustChangePassword, Instant createdAt) {
        this(id, name, idType, idNumber, phone, phoneBound, gender, organizationId, institutionId, mustChangePassword, createdAt, null);
    }

    /** C-2: study needs a changed initial password and a phone bound by a code. */
    public boolean readyToStudy() {
        return !mustChangePassword && phoneBound;
    }
}
