package org.hourglass.api.accounts;

import org.hourglass.api.identity.IdType;

/**
 * Body of {@code POST /api/v1/learners}: a learner imported by an organisation or institution (C-2).
 * The initial password is the last 6 characters of the ID number, to be changed before study.
 *
 * @param idType          RESIDENT_ID unless said otherwise
 * @param organizationId  the employer; an org admin may omit it (their own is used)
 */
public record NewLearner(String name, IdType idType, String idNumber, String phone, Gender gender, Long organizationId) {
}
