package org.hourglass.rest.internal;

import static org.junit.Assert.assertEquals;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Set;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import org.junit.Test;

/** The OpenAPI document names, per operation, exactly the roles the enforcement filter checks. */
public class DeclaredRolesTest {
    @Path("v1/things")
    public static class Things {
        @GET
        @PermitAll
        public String list() {
            return "";
        }

        @POST
        @RolesAllowed({"ORG_ADMIN", "PLATFORM_ADMIN"})
        public String create(String body) {
            return "";
        }

        @GET
        @Path("{id: \\d+}/parts/")
        public String undeclared(@PathParam("id") long id) {
            return "";
        }
    }

    @Test
    public void everyOperationCarriesItsRoles() {
        OpenAPI doc = new Reader(new OpenAPI()).read(Set.of(Things.class));
        DeclaredRoles.annotate(doc, Set.of(Things.class));
        assertEquals(List.of("PUBLIC"), doc.getPaths().get("/v1/things").getGet().getExtensions().get("x-roles"));
        assertEquals(List.of("ORG_ADMIN", "PLATFORM_ADMIN"), doc.getPaths().get("/v1/things").getPost().getExtensions().get("x-roles"));
        assertEquals(List.of(), doc.getPaths().get("/v1/things/{id}/parts").getGet().getExtensions().get("x-roles"));
    }

    @Test
    public void pathsAreNormalisedLikeTheReaderWritesThem() {
        assertEquals("/v1/classes/{id}/roster", DeclaredRoles.normalize("v1/classes//{id : \\d+}/roster/"));
        assertEquals("/openapi.json", DeclaredRoles.normalize("openapi.json/"));
    }
}
