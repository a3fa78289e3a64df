package org.hourglass.commerce.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.commerce.BalanceView;
import org.hourglass.api.commerce.OrderView;
import org.hourglass.api.commerce.ServiceTermView;
import org.hourglass.api.commerce.UsageReport;
import org.hourglass.api.commerce.UsageView;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/balances}: an institution's prepaid live-stream minutes and annual services' terms (IN-8); usage reported by the platform
 * (the live system's integration runs as the platform admin); the nightly settlement, also on demand.
 */
@Component(service = BalancesResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/balances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BalancesResource {
    private final BalanceService balances;

    @Activate
    public BalancesResource(@Reference BalanceService balances) {
        this.balances = balances;
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public BalanceView balance(@QueryParam("institutionId") Long institutionId, @Context SecurityContext security) {
        return balances.balance(institution(institutionId, security));
    }

    /** IN-8: the institution's annual value-added services, each with its term (paid when bought, valid for the years bought). */
    @GET
    @Path("services")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public List<ServiceTermView> services(@QueryParam("institutionId") Long institutionId, @Context SecurityContext security) {
        return balances.services(institution(institutionId, security));
    }

    /** The institution asked about: the caller's own, or any for platform staff; 404 for another institution's. */
    private static long institution(Long institutionId, SecurityContext security) {
        Caller caller = Caller.of(security).orElseThrow();
        long inst = institutionId != null ? institutionId : caller.institutionId() != null ? caller.institutionId() : -1;
        if (inst <= 0) {
            throw Problem.invalidField("institutionId", "required, a positive id");
        }
        if (!caller.seesEverything() && !Long.valueOf(inst).equals(caller.institutionId())) {
            throw Problem.notFound("institution", inst);
        }
        return inst;
    }

    /** IN-8 "使用记录": the institution's live-stream usage, newest first, each with the order that settled its day. */
    @GET
    @Path("usage")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public List<UsageView> usageRecords(@QueryParam("institutionId") Long institutionId, @QueryParam("limit") Integer limit,
            @Context SecurityContext security) {
        if (limit != null && (limit < 1 || limit > 1000)) {
            throw Problem.invalidField("limit", "1 to 1000 (default 100)");
        }
        return balances.usageOf(institution(institutionId, security), limit == null ? 100 : limit);
    }

    @POST
    @Path("usage")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response usage(UsageReport body) {
        return Response.status(balances.usage(body) ? 201 : 200).build();
    }

    /** Runs the nightly settlement now: every finished local day's usage becomes a live-stream order (IN-8). */
    @POST
    @Path("settlements")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public List<OrderView> settle() {
        return balances.settleDue();
    }
}
