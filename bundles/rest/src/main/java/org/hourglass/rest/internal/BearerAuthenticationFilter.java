package org.hourglass.rest.internal;

import java.security.Principal;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.security.Authenticator;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Turns {@code Authorization: Bearer <token>} into the request's {@link SecurityContext} whose
 * principal is the {@link Caller}. Without an {@link Authenticator} (accounts bundle absent) or with an
 * unknown token the request stays anonymous; {@link RoleEnforcement} then refuses what needs a role.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@Component(service = ContainerRequestFilter.class, property = {HourglassRest.EXTENSION, HourglassRest.SELECT_APP,
        "osgi.jaxrs.name=hourglass.authentication"})
public class BearerAuthenticationFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Authenticator auth = authenticator;
        if (header == null || auth == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        Optional<Caller> caller = auth.authenticate(header.substring(BEARER.length()).trim());
        if (caller.isPresent()) {
            request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure()));
        }
    }

    record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
