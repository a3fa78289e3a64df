package org.hourglass.commerce.internal;

import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;

/**
 * Who sees and who acts on an order (no IDOR): a learner its own orders, an org admin its organisation's,
 * institution staff their institution's as buyer or seller; the platform admin and reviewers see all.
 * Acting for a buyer or seller institution needs its billing admin (C-6). An order the caller may not see is 404.
 */
final class OrderAccess {
    private OrderAccess() {
    }

    static boolean sees(Caller c, Party buyer, Party seller) {
        return c.seesEverything() || is(c, buyer) || (c.hasRole(Roles.INSTITUTION_STAFF) && is(c, seller));
    }

    static void requireVisible(Caller c, OrderEntity o) {
        if (!sees(c, o.buyer(), o.seller())) {
            throw Problem.notFound("order", o.id());
        }
    }

    /** The buyer's side: the learner, the organisation's admin, the institution's billing admin, or the platform admin. */
    static void requireBuyer(Caller c, OrderEntity o) {
        requireVisible(c, o);
        if (c.hasRole(Roles.PLATFORM_ADMIN)) {
            return;
        }
        if (!is(c, o.buyer())) {
            throw Problem.forbidden("only the buyer of order " + o.id() + " may do this");
        }
        if (o.buyer().kind() == PartyKind.INSTITUTION && !c.hasRole(Roles.BILLING_ADMIN)) {
            throw Problem.forbidden("C-6: an institution's orders are handled by its billing admin");
        }
    }

    /** The seller's side: a seller institution's billing admin, or the platform admin acting for the platform and providers. */
    static void requireSeller(Caller c, OrderEntity o) {
        requireVisible(c, o);
        if (c.hasRole(Roles.PLATFORM_ADMIN)) {
            return;
        }
        if (!(c.hasRole(Roles.BILLING_ADMIN) && o.seller().kind() == PartyKind.INSTITUTION && is(c, o.seller()))) {
            throw Problem.forbidden("only the seller of order " + o.id() + " (its billing admin) or the platform admin may do this");
        }
    }

    private static boolean is(Caller c, Party p) {
        if (p.id() == null) {
            return false;
        }
        return switch (p.kind()) {
            case LEARNER -> c.hasRole(Roles.LEARNER) && c.accountId() == p.id();
            case ORGANIZATION -> c.hasRole(Roles.ORG_ADMIN) && p.id().equals(c.organizationId());
            case INSTITUTION -> c.hasRole(Roles.INSTITUTION_STAFF) && p.id().equals(c.institutionId());
            default -> false;
        };
    }
}
