package org.hourglass.commerce.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.commerce.RefundView;
import org.hourglass.api.commerce.SellerDecision;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/refunds/{id}/decision}: the seller confirms or declines a refund kept for it (BJ-11 exchange, IN-8 refund request). */
@Component(service = RefundsResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RefundsResource {
    private final RefundService refunds;

    @Activate
    public RefundsResource(@Reference RefundService refunds) {
        this.refunds = refunds;
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.INSTITUTION_STAFF})
    public RefundView decide(@PathParam("id") long id, SellerDecision body, @Context SecurityContext security) {
        return refunds.decide(Caller.of(security).orElseThrow(), id, body);
    }
}
