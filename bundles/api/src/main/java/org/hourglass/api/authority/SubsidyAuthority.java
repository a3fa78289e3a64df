package org.hourglass.api.authority;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The subsidy authority (BJ-16). {@link #submit} hands a claim over and returns the authority's reference; the
 * authority later reports each status to the {@link ClaimListener} of the claim's policy, repeating a report
 * until a listener of that policy took it (a policy redeployed later still hears what happened meanwhile).
 */
@ConsumerType
public interface SubsidyAuthority {
    /** Idempotent per (policy, application): submitting again returns the first reference. */
    String submit(ClaimSubmission claim);
}
