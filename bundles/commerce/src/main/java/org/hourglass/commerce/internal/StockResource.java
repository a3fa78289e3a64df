package org.hourglass.commerce.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.commerce.StockView;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/stock?organizationId=}: an organisation's course copies (BJ-10); its own admin, the platform admin, reviewers. */
@Component(service = StockResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/stock")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {
    private final StockService stock;

    @Activate
    public StockResource(@Reference StockService stock) {
        this.stock = stock;
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN})
    public List<StockView> stock(@QueryParam("organizationId") Long organizationId, @Context SecurityContext security) {
        Caller caller = Caller.of(security).orElseThrow();
        long org = organizationId != null ? organizationId : caller.organizationId() != null ? caller.organizationId() : -1;
        if (org <= 0) {
            throw Problem.invalidField("organizationId", "required, a positive id");
        }
        if (!caller.seesEverything() && !Long.valueOf(org).equals(caller.organizationId())) {
            throw Problem.notFound("organisation", org);
        }
        return stock.stock(org);
    }
}
