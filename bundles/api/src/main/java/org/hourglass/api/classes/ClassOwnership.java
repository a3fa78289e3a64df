package org.hourglass.api.classes;

import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;

/**
 * Who may see and manage a class's objects (no IDOR): platform admins and reviewers see every class;
 * an organisation admin the classes of their organisation; institution staff those of their institution.
 * Every bundle serving class data (classes, records, policies) checks with this one rule.
 */
public final class ClassOwnership {
    private ClassOwnership() {
    }

    public static boolean manages(Caller caller, PartyKind ownerKind, long ownerId) {
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

    public static boolean manages(Caller caller, ClassView cls) {
        return manages(caller, cls.ownerKind(), cls.ownerId());
    }
}
