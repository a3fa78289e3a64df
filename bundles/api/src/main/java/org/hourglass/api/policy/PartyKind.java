package org.hourglass.api.policy;

/** Who owns a class, pays or is paid. */
public enum PartyKind {
    PLATFORM, ORGANIZATION, INSTITUTION, LEARNER, PROVIDER, AUTHORITY
}
