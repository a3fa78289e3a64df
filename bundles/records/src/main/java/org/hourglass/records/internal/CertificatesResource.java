package org.hourglass.records.internal;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.CertificateRequest;
import org.hourglass.api.records.CertificateView;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/certificates}: issue (C-40), verify by code and download the PDF without login. */
@Component(service = CertificatesResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/certificates")
public class CertificatesResource {
    private final CertificateService certificates;

    @Activate
    public CertificatesResource(@Reference CertificateService certificates) {
        this.certificates = certificates;
    }

    /** Issues the certificate once the policy judges the learner complete (201); the existing one after that (200). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEARNER, Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response issue(CertificateRequest body, @Context SecurityContext security) {
        Problem.requireBody(body);
        CertificateService.Issued issued = certificates.issue(Caller.of(security).orElseThrow(), body);
        return Response.status(issued.created() ? 201 : 200).entity(issued.certificate()).build();
    }

    /** Public verification: anyone holding the code sees what the certificate states. */
    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public CertificateView verify(@PathParam("code") String code) {
        return certificates.verify(code);
    }

    /** The PDF exactly as rendered at issue. */
    @GET
    @Path("{code}.pdf")
    @Produces("application/pdf")
    @PermitAll
    public Response pdf(@PathParam("code") String code) {
        return Response.ok(certificates.pdf(code), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"certificate-" + code + ".pdf\"").build();
    }
}
