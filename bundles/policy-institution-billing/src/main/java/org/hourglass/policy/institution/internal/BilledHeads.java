package org.hourglass.policy.institution.internal;

/** IN-6 arithmetic: the billed floor, ⌈percent × joined / 100⌉ in whole learners, exact in integers. */
final class BilledHeads {
    private BilledHeads() {
    }

    static int floor(int joined, int percent) {
        return (joined * percent + 99) / 100;
    }
}
