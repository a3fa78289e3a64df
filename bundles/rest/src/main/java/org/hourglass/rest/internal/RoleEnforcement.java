package org.hourglass.rest.internal;

import java.lang.reflect.Method;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces who may call each endpoint ({@link EndpointRoles}), for core resources and for the policies' resources
 * that core's locator serves under {@code /api/v1/policies/{code}}: one post-matching filter that reads the matched
 * method at request time. (A JAX-RS {@code DynamicFeature} is applied when the application is built, so it never
 * sees a policy's sub-resource methods: a role check registered that way let anonymous callers through.)
 * 401 when anonymous, 403 when the role is missing, fail closed when the method is unknown.
 */
@Component(service = ContainerRequestFilter.class, property = {HourglassRest.EXTENSION, HourglassRest.SELECT_APP,
        "osgi.jaxrs.name=hourglass.authorization"})
@Priority(Priorities.AUTHORIZATION)
public class RoleEnforcement implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(RoleEnforcement.class);

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Set<String> allowed = method == null || type == null ? Set.of() : EndpointRoles.declared(method, type);
        if (allowed == null) {
            return;
        }
        var security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            abort(request, new Problem(401, "unauthenticated", "Not authenticated", "log in and send Authorization: Bearer <token>", null));
            return;
        }
        if (allowed.stream().noneMatch(security::isUserInRole)) {
            abort(request, Problem.forbidden("this endpoint is for " + (allowed.isEmpty() ? "nobody" : String.join(", ", allowed))));
        }
    }

    private static void abort(ContainerRequestContext request, Problem p) {
        ProblemBody body = ProblemTranslator.translate(p);
        var builder = Response.status(body.status()).type(HourglassRest.PROBLEM_JSON + ";charset=UTF-8").entity(body);
        if (body.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"hourglass\"");
        }
        request.abortWith(builder.build());
        LOG.debug("{} refused: {}", request.getUriInfo().getPath(), body.detail());
    }
}
