package org.hourglass.commerce.internal;

import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;

/** How the audit trail names who acted: a role and an account id, never a login name or an ID number. */
final class Actors {
    static final String NIGHTLY = "system:nightly-settlement";

    private Actors() {
    }

    static String of(Caller caller) {
        for (String role : new String[] {Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.BILLING_ADMIN,
                Roles.INSTITUTION_STAFF, Roles.LEARNER}) {
            if (caller.hasRole(role)) {
                return role + "#" + caller.accountId();
            }
        }
        return "account#" + caller.accountId();
    }

    static String bank(String gatewayRef) {
        return "bank:" + (gatewayRef == null ? "?" : gatewayRef);
    }
}
