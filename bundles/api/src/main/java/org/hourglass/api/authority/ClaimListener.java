package org.hourglass.api.authority;

import org.osgi.annotation.versioning.ConsumerType;

/** Whiteboard service of a policy that files claims: hears the authority's updates (BJ-16). */
@ConsumerType
public interface ClaimListener {
    String policyCode();

    /** Records the update; must be idempotent, since an authority may report the same status twice. */
    void updated(ClaimUpdate update);
}
