package org.hourglass.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.apache.aries.jax.rs.whiteboard.ApplicationClasses;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code GET /api/openapi.json}: the live OpenAPI 3 document, generated per request by swagger-core from the core
 * resource classes the whiteboard has in the application and from the REST roots of the ACTIVE policies
 * ({@link PolicyDocuments}: schemas namespaced per policy), so a policy's operations appear when it is deployed and
 * vanish when it is removed. Every operation carries its {@code x-roles}. A fresh {@link OpenAPI} per request:
 * swagger's Reader mutates the model it is given.
 */
@Component(service = OpenApiResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP})
@Path("openapi.json")
public class OpenApiResource {
    private final String version;
    private final PolicyResources policies;

    @Activate
    public OpenApiResource(BundleContext context, @org.osgi.service.component.annotations.Reference PolicyResources policies) {
        this.version = context.getBundle().getVersion().toString();
        this.policies = policies;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public String document(@Context ApplicationClasses application) throws JsonProcessingException {
        Set<Class<?>> resources = application.classes().stream()
                .filter(c -> c.isAnnotationPresent(Path.class))
                .collect(Collectors.toSet());
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Hourglass REST API").version(version)
                        .description("Regulated online vocational training. Errors are application/problem+json; "
                                + "money is a string with two decimals, hours a number with one decimal."))
                .servers(List.of(new Server().url(HourglassRest.APP_BASE)));
        OpenAPI document = new Reader(base).read(resources);
        DeclaredRoles.annotate(document, resources);
        com.fasterxml.jackson.databind.node.ObjectNode tree = Json.mapper().valueToTree(document);
        PolicyDocuments.merge(tree, policies.activeRootClasses());
        return Json.mapper().writeValueAsString(tree);
    }
}
