package org.hourglass.rest.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

/**
 * Writes who may call each operation into the OpenAPI document as {@code x-roles}: the role names the
 * enforcement filter checks ({@link EndpointRoles.declared}), {@code ["PUBLIC"]} for
 * {@code @PermitAll}, {@code []} for an endpoint nobody may call. Clients read it; the authorization
 * matrix test calls every operation as every role and holds enforcement to it.
 */
final class DeclaredRoles {
    static final String EXTENSION = "x-roles";
    static final String PUBLIC = "PUBLIC";

    private DeclaredRoles() {
    }

    static void annotate(OpenAPI document, Set<Class<?>> resources) {
        if (document.getPaths() == null) {
            return;
        }
        for (Class<?> type : resources) {
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                PathItem item = document.getPaths().get(normalize(base + "/" + (sub == null ? "" : sub.value())));
                Operation op = item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(verb));
                if (op != null) {
                    Set<String> roles = EndpointRoles.declared(method, type);
                    op.addExtension(EXTENSION, roles == null ? List.of(PUBLIC) : List.copyOf(new TreeSet<>(roles)));
                }
            }
        }
    }

    private static String httpMethod(Method method) {
        for (var a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code v1//classes/{id: \d+}/} → {@code /v1/classes/{id}}, the form swagger's reader writes. */
    static String normalize(String path) {
        String p = ("/" + path).replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
