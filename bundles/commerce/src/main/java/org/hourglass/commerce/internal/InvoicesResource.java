package org.hourglass.commerce.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.hourglass.api.commerce.InvoiceRequest;
import org.hourglass.api.commerce.InvoiceView;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/invoices}: the buyer asks, the seller's name issues, once per order (BJ-12, JS-11); PDF download. */
@Component(service = InvoicesResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoicesResource {
    private final InvoiceService invoices;

    @Activate
    public InvoicesResource(@Reference InvoiceService invoices) {
        this.invoices = invoices;
    }

    @POST
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public Response issue(InvoiceRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        InvoiceView i = invoices.issue(Caller.of(security).orElseThrow(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(i.id())).build()).entity(i).build();
    }

    /** The invoices of one order ({@code ?orderId=}). */
    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public List<InvoiceView> ofOrder(@QueryParam("orderId") Long orderId, @Context SecurityContext security) {
        if (orderId == null || orderId <= 0) {
            throw Problem.invalidField("orderId", "required, a positive id");
        }
        return invoices.ofOrder(Caller.of(security).orElseThrow(), orderId);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public InvoiceView get(@PathParam("id") long id, @Context SecurityContext security) {
        return invoices.get(Caller.of(security).orElseThrow(), id);
    }

    @GET
    @Path("{id}.pdf")
    @Produces({"application/pdf", HourglassRest.PROBLEM_JSON})
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public Response pdf(@PathParam("id") long id, @Context SecurityContext security) {
        return Response.ok(invoices.pdf(Caller.of(security).orElseThrow(), id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"invoice-" + id + ".pdf\"").build();
    }
}
