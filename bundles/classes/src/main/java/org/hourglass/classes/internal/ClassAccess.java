package org.hourglass.classes.internal;

import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;

/** Who may see and manage which class: the platform and reviewers all, an org admin or institution staff only their own (no IDOR). */
final class ClassAccess {
    private ClassAccess() {
    }

    static boolean mayAccess(Caller caller, PartyKind ownerKind, long ownerId) {
        if (caller.seesEverything()) {
            return true;
        }
        if (ownerKind == PartyKind.ORGANIZATION && caller.hasRole(Roles.ORG_ADMIN)) {
            return caller.organizationId() != null && caller.organizationId() == ownerId;
        }
        if (ownerKind == PartyKind.INSTITUTION && caller.hasRole(Roles.INSTITUTION_STAFF)) {
            return caller.institutionId() != null && caller.institutionId() == ownerId;
        }
        return false;
    }
}
