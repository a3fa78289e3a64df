package org.hourglass.api.accounts;

public enum Gender {
    MALE, FEMALE
}
