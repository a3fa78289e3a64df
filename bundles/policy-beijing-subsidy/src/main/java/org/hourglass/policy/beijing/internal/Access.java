package org.hourglass.policy.beijing.internal;

import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;

/** Who reaches an organisation's Beijing data (applications, offline plans): its own admin; the platform admin and reviewers all (no IDOR: others get 404). */
final class Access {
    private Access() {
    }

    static boolean reaches(Caller c, long organizationId) {
        return c.seesEverything() || (c.hasRole(Roles.ORG_ADMIN) && Long.valueOf(organizationId).equals(c.organizationId()));
    }
}
