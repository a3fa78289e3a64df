package org.hourglass.api.security;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.rest.Roles;

/**
 * The authenticated account behind a request. {@code organizationId}/{@code institutionId} scope what
 * an org admin or institution staff may see (no IDOR); null when the account belongs to neither.
 */
public record Caller(long accountId, String principal, Set<String> roles, Long organizationId, Long institutionId)
        implements Principal {
    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller behind a request, as put there by the REST layer's authentication filter; empty when anonymous. */
    public static Optional<Caller> of(SecurityContext context) {
        return context != null && context.getUserPrincipal() instanceof Caller c ? Optional.of(c) : Optional.empty();
    }

    @Override
    public String getName() {
        return principal;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The platform admin and reviewers see every organisation, institution and class; everyone else only their own. */
    public boolean seesEverything() {
        return roles.contains(Roles.PLATFORM_ADMIN) || roles.contains(Roles.REVIEWER);
    }
}
