package org.hourglass.policy.beijing.internal;

import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;

/** Who reaches an organisation's Beijing data: its own admin; the platform admin and reviewers all (no IDOR: others get 404). */
final class Access {
    private Access() {
    }

    static boolean reaches(Caller c, long organizationId) {
        return c.seesEverything() || (c.hasRole(Roles.ORG_ADMIN) && Long.valueOf(organizationId).equals(c.organizationId()));
    }

    static void requireClass(Caller c, ClassContext cls) {
        if (cls.owner().kind() != PartyKind.ORGANIZATION || !reaches(c, cls.owner().id())) {
            throw Problem.notFound("class", cls.classId());
        }
    }
}
