package org.hourglass.commerce.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.hourglass.api.commerce.NewOrder;
import org.hourglass.api.commerce.OrderEventView;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.api.commerce.OrderView;
import org.hourglass.api.commerce.PaymentRequest;
import org.hourglass.api.commerce.PaymentView;
import org.hourglass.api.commerce.RefundBody;
import org.hourglass.api.commerce.RefundView;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/orders}: orders with their payments, refunds and audit trail. Buyers are learners, organisation
 * admins and institution billing admins (their own orders); sellers' institution staff see what they sell; the
 * platform admin and reviewers see all, reviewers only read.
 */
@Component(service = OrdersResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {
    private static final String[] BUYERS = {Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER};

    private final OrderService orders;
    private final PaymentService payments;
    private final RefundService refunds;

    @Activate
    public OrdersResource(@Reference OrderService orders, @Reference PaymentService payments, @Reference RefundService refunds) {
        this.orders = orders;
        this.payments = payments;
        this.refunds = refunds;
    }

    /** An order priced by the server: course copies (BJ-10), a class enrolment (JS-3), live minutes or an annual service (IN-8). */
    @POST
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public Response create(NewOrder body, @Context SecurityContext security, @Context UriInfo uri) {
        OrderView o = orders.create(Caller.of(security).orElseThrow(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(o.id())).build()).entity(o).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public Response list(@QueryParam("status") String status, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext security, @Context UriInfo uri) {
        Paging paging = Paging.of(offset, limit);
        OrderService.Page page = orders.list(Caller.of(security).orElseThrow(), status(status), paging);
        return paging.respond(page.items(), page.total(), uri);
    }

    private static OrderStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw Problem.invalidField("status", "one of " + java.util.Arrays.toString(OrderStatus.values()));
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public OrderView get(@PathParam("id") long id, @Context SecurityContext security) {
        return orders.get(Caller.of(security).orElseThrow(), id);
    }

    /** The audit trail: every status change and money movement, with who, when and why. */
    @GET
    @Path("{id}/events")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public List<OrderEventView> events(@PathParam("id") long id, @Context SecurityContext security) {
        return orders.events(Caller.of(security).orElseThrow(), id);
    }

    public record Cancellation(String reason) {
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public OrderView cancel(@PathParam("id") long id, Cancellation body, @Context SecurityContext security) {
        return orders.cancel(Caller.of(security).orElseThrow(), id, body == null ? null : body.reason());
    }

    /**
     * Pays the order online (the bank charges once per payment) or starts a bank transfer (IN-8). 201 for a new
     * payment, 200 with the first payment for a replay of the same {@code Idempotency-Key}.
     */
    @POST
    @Path("{id}/payments")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public Response pay(@PathParam("id") long id, PaymentRequest body, @HeaderParam("Idempotency-Key") String key,
            @Context SecurityContext security) {
        PaymentService.Outcome out = payments.pay(Caller.of(security).orElseThrow(), id, body, key);
        return Response.status(out.created() ? 201 : 200).entity(out.payment()).build();
    }

    @GET
    @Path("{id}/payments")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public List<PaymentView> payments(@PathParam("id") long id, @Context SecurityContext security) {
        return payments.list(Caller.of(security).orElseThrow(), id);
    }

    /** A refund, a course return or an equal-value exchange, if the order's policy allows it (BJ-11, JS-9). */
    @POST
    @Path("{id}/refunds")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public Response refund(@PathParam("id") long id, RefundBody body, @Context SecurityContext security) {
        return Response.status(201).entity(refunds.request(Caller.of(security).orElseThrow(), id, body)).build();
    }

    @GET
    @Path("{id}/refunds")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public List<RefundView> refunds(@PathParam("id") long id, @Context SecurityContext security) {
        return refunds.list(Caller.of(security).orElseThrow(), id);
    }
}
