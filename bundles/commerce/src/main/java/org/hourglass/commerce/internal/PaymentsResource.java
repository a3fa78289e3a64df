package org.hourglass.commerce.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.commerce.PaymentReview;
import org.hourglass.api.commerce.PaymentView;
import org.hourglass.api.payment.GatewayNotification;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/payments}: bank-transfer proofs and their review (IN-8), and the bank's signed notifications
 * (public: the bank calls it; the signature, not a login, proves who speaks).
 */
@Component(service = PaymentsResource.class, configurationPid = CommerceConfig.PID,
        property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {
    private final PaymentService payments;
    private volatile int maxProofBytes;

    @Activate
    public PaymentsResource(@Reference PaymentService payments, CommerceConfig config) {
        this.payments = payments;
        modified(config);
    }

    @Modified
    void modified(CommerceConfig config) {
        this.maxProofBytes = config.proofMaxBytes();
    }

    /** IN-8: the transfer's proof — a JPEG, PNG or PDF, size-limited, its content checked against its type. */
    @POST
    @Path("{id}/proof")
    @Consumes({"image/jpeg", "image/png", "application/pdf"})
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public PaymentView proof(@PathParam("id") long id, InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context SecurityContext security) throws IOException {
        int max = maxProofBytes;
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(max + 1);
        if (bytes.length > max) {
            throw new Problem(413, "payload-too-large", "Payload too large", "a proof has at most " + max + " bytes", null);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        if (bytes.length == 0 || !org.hourglass.api.documents.FileFormat.matches(type, bytes)) {
            throw Problem.invalidField("body", "the content is not a " + type + " file");
        }
        return payments.proof(Caller.of(security).orElseThrow(), id, bytes, type);
    }

    @GET
    @Path("{id}/proof")
    @Produces({"image/jpeg", "image/png", "application/pdf", HourglassRest.PROBLEM_JSON})
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public Response proofOf(@PathParam("id") long id, @Context SecurityContext security) {
        PaymentService.Proof p = payments.proofOf(Caller.of(security).orElseThrow(), id);
        return Response.ok(p.content(), p.contentType()).build();
    }

    /** IN-8: the seller side (its billing admin, or the platform admin) confirms or rejects a bank transfer. */
    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.INSTITUTION_STAFF})
    public PaymentView review(@PathParam("id") long id, PaymentReview body, @Context SecurityContext security) {
        return payments.review(Caller.of(security).orElseThrow(), id, body);
    }

    /** The bank's callback for a pending online payment; verified by the deployed gateway, applied once. */
    @POST
    @Path("notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response notification(GatewayNotification body) {
        payments.notified(body);
        return Response.noContent().build();
    }
}
