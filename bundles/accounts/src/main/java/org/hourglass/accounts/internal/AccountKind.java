package org.hourglass.accounts.internal;

/** What an account is; a phone is unique per kind (C-3: one phone, one org admin; phones unique among learners). */
enum AccountKind {
    PLATFORM, STAFF, ORG_ADMIN, LEARNER
}
