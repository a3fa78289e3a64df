package org.hourglass.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

/**
 * Who may call an endpoint: the method's (else the class's) {@code @PermitAll}, {@code @RolesAllowed} or
 * {@code @DenyAll}; an endpoint that declares nothing is closed to everybody (fail closed), so a forgotten
 * declaration can never open it. Annotations are matched by name, not class identity, so a policy bundle wired to
 * another exporter of {@code javax.annotation.security} is still checked. Answers are kept per class in a
 * {@link ClassValue}, which never keeps an undeployed policy's classes alive.
 */
final class EndpointRoles {
    /** Empty optional = everybody; else the roles allowed (an empty set: nobody). */
    private static final ClassValue<Map<Method, Optional<Set<String>>>> CACHE = new ClassValue<>() {
        @Override
        protected Map<Method, Optional<Set<String>>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private static final Set<String> UNDECLARED = Set.of("\u0000undeclared");

    private EndpointRoles() {
    }

    /** null = everybody; empty = nobody; else the roles allowed. */
    static Set<String> declared(Method method, Class<?> type) {
        return CACHE.get(type).computeIfAbsent(method, m -> Optional.ofNullable(compute(m, type))).orElse(null);
    }

    private static Set<String> compute(Method method, Class<?> type) {
        Set<String> onMethod = declared(method.getAnnotations());
        if (onMethod != UNDECLARED) {
            return onMethod;
        }
        Set<String> onType = declared(type.getAnnotations());
        return onType == UNDECLARED ? Set.of() : onType;
    }

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
}
