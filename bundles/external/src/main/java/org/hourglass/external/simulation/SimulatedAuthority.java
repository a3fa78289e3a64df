package org.hourglass.external.simulation;

import org.osgi.annotation.versioning.ProviderType;

/** The simulated authority's back door for demos and tests: how claims end and how fast each step comes. */
@ProviderType
public interface SimulatedAuthority {
    /** From now on claims end PAID, or REJECTED with {@code reason}; each step follows the previous after {@code stepMillis}. */
    void decide(boolean pay, String reason, long stepMillis);

    /**
     * The insurance records the check compares claims with (BJ-1, seed 000 Q60): from now on a claim naming any of these ID
     * numbers is REJECTED after its insurance check, the reason naming them (masked). Empty = everyone is insured.
     */
    void notInsured(java.util.Set<String> idNumbers);
}
