package org.hourglass.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;
import javax.annotation.Priority;
import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.Response;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces who may call each endpoint, for core and hot-deployed policy resources alike: the
 * method's (else the class's) {@code @PermitAll}, {@code @RolesAllowed} or {@code @DenyAll}. An
 * endpoint that declares nothing is refused (fail closed) so a forgotten declaration can never open it.
 * 401 when anonymous, 403 when the role is missing.
 */
@Component(service = DynamicFeature.class, property = {HourglassRest.EXTENSION, HourglassRest.SELECT_APP,
        "osgi.jaxrs.name=hourglass.authorization"})
public class RoleAuthorizationFeature implements DynamicFeature {
    private static final Logger LOG = LoggerFactory.getLogger(RoleAuthorizationFeature.class);

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Method method = info.getResourceMethod();
        Class<?> type = info.getResourceClass();
        context.register(new RoleCheck(declared(method, type), type.getName() + "#" + method.getName()));
    }

    /**
     * null = everybody; empty = nobody; else the roles allowed. Annotations are matched by name, not
     * class identity, so a policy bundle wired to another exporter of {@code javax.annotation.security}
     * is still checked.
     */
    static Set<String> declared(Method method, Class<?> type) {
        Set<String> onMethod = declared(method.getAnnotations());
        if (onMethod != UNDECLARED) {
            return onMethod;
        }
        Set<String> onType = declared(type.getAnnotations());
        return onType == UNDECLARED ? Set.of() : onType;
    }

    private static final Set<String> UNDECLARED = Set.of("\u0000undeclared");

    private static Set<String> declared(Annotation[] annotations) {
        for (Annotation a : annotations) {
            String name = a.annotationType().getName();
            if (name.equals(DenyAll.class.getName())) {
                return Set.of();
            }
            if (name.equals(PermitAll.class.getName())) {
                return null;
            }
            if (name.equals(RolesAllowed.class.getName())) {
                return Set.of(rolesOf(a));
            }
        }
        return UNDECLARED;
    }

    private static String[] rolesOf(Annotation rolesAllowed) {
        if (rolesAllowed instanceof RolesAllowed same) {
            return same.value();
        }
        try {
            return (String[]) rolesAllowed.annotationType().getMethod("value").invoke(rolesAllowed);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("unreadable @RolesAllowed", e);
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {
        private final Set<String> allowed;
        private final String endpoint;

        RoleCheck(Set<String> allowed, String endpoint) {
            this.allowed = allowed;
            this.endpoint = endpoint;
            if (allowed != null && allowed.isEmpty()) {
                LOG.debug("{} declares no caller: refused to everybody", endpoint);
            }
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (allowed == null) {
                return;
            }
            var security = request.getSecurityContext();
            if (security == null || security.getUserPrincipal() == null) {
                abort(request, new Problem(401, "unauthenticated", "Not authenticated",
                        "log in and send Authorization: Bearer <token>", null));
                return;
            }
            if (allowed.stream().noneMatch(security::isUserInRole)) {
                abort(request, Problem.forbidden("this endpoint is for " + (allowed.isEmpty() ? "nobody" : String.join(", ", allowed))));
            }
        }

        private void abort(ContainerRequestContext request, Problem p) {
            ProblemBody body = ProblemTranslator.translate(p);
            var builder = Response.status(body.status()).type(HourglassRest.PROBLEM_JSON + ";charset=UTF-8").entity(body);
            if (body.status() == 401) {
                builder.header("WWW-Authenticate", "Bearer realm=\"hourglass\"");
            }
            request.abortWith(builder.build());
            LOG.debug("{} refused: {}", endpoint, body.detail());
        }
    }
}
