package org.hourglass.policy.hr.internal;

import java.util.List;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import org.hourglass.api.platform.ClientAddress;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.rest.PolicyResource;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/policies/hr-exam}: free sign-up to the course series (HR-1), the exam periods and what registration sees
 * today (HR-3), check-in registration (HR-2), the exam by ID number (HR-4 … HR-6), the hand-off (HR-7). Registration and the
 * exam are public like the seed's QR code, throttled per client address; the rest is the learner's or platform staff's.
 * Served by core while the policy is active (503 while it is away).
 */
@Component(service = PolicyResource.class, property = TrainingPolicy.CODE_PROPERTY + "=" + HrExamPolicy.CODE)
@Path("v1/policies/hr-exam")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HrExamResource implements PolicyResource {
    private final SignUps signUps;
    /** Issue 20: the client behind the balancer (per-address limits). */
    private final ClientAddress clients;
    private final Periods periods;
    private final Registrations registrations;
    private final Sittings sittings;
    private final HandOffs handOffs;

    @Activate
    public HrExamResource(@Reference SignUps signUps, @Reference Periods periods, @Reference Registrations registrations,
            @Reference Sittings sittings, @Reference HandOffs handOffs, @Reference ClientAddress clients) {
        this.clients = clients;
        this.signUps = signUps;
        this.periods = periods;
        this.registrations = registrations;
        this.sittings = sittings;
        this.handOffs = handOffs;
    }

    /** HR-1 "免费报名": the learner is on the series' roster, free; signing up again changes nothing. */
    @POST
    @Path("sign-ups")
    @RolesAllowed(Roles.LEARNER)
    public RosterEntryView signUp(SignUps.SignUp body, @Context SecurityContext security) {
        return signUps.signUp(Caller.of(security).orElseThrow(), body);
    }

    /** The exam periods, by exam date. */
    @GET
    @Path("periods")
    @RolesAllowed({Roles.LEARNER, Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public List<Periods.Period> periods() {
        return periods.all();
    }

    /** The platform admin plans the next period (第 N 期): its exam day (a working day) and instructions. */
    @POST
    @Path("periods")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response plan(Periods.NewPeriod body) {
        return Response.status(201).entity(periods.plan(body)).build();
    }

    /** HR-2, HR-3: whether registration is open today, for which period, or when it opens (what the QR code shows first). */
    @GET
    @Path("periods/today")
    @PermitAll
    public Periods.Registration today() {
        return periods.today();
    }

    /** HR-2 preview ("点击预览核对信息无误后再提交"): the data as it would be kept; nothing is written. */
    @POST
    @Path("registrations/preview")
    @PermitAll
    public Registrations.Preview preview(Registrations.Candidate body, @Context HttpServletRequest http) {
        return registrations.preview(body, client(http));
    }

    /** HR-2: 201 with the exam date and instructions; 200 {@code alreadyRegistered} with them again for a known ID number. */
    @POST
    @Path("registrations")
    @PermitAll
    public Response register(Registrations.Candidate body, @Context HttpServletRequest http) {
        Registrations.Registered r = registrations.register(body, client(http));
        return Response.status(r.alreadyRegistered() ? 200 : 201).entity(r).build();
    }

    /** A period's registrations with their exam outcome (ABSENT, SITTING, PASSED, FAILED), for platform staff. */
    @GET
    @Path("periods/{number}/registrations")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public List<Registrations.Row> registrations(@PathParam("number") int number) {
        return registrations.of(number);
    }

    /** HR-4: enters today's exam by ID number; the answer carries the paper and the sitting's token. */
    @POST
    @Path("exam/entries")
    @PermitAll
    public Response enter(Sittings.Entry body, @Context HttpServletRequest http) {
        return Response.status(201).entity(sittings.enter(body, client(http))).build();
    }

    @GET
    @Path("exam/sittings/{token}")
    @PermitAll
    public Sittings.Sitting sitting(@PathParam("token") String token) {
        return sittings.get(token);
    }

    @PUT
    @Path("exam/sittings/{token}/answers")
    @PermitAll
    public Sittings.Sitting save(@PathParam("token") String token, Sittings.Answers body) {
        return sittings.save(token, body);
    }

    /** HR-5, HR-6: submits with the candidate's latest data; the score and pass show at once. */
    @POST
    @Path("exam/sittings/{token}/submission")
    @PermitAll
    public Sittings.Sitting submit(@PathParam("token") String token, Sittings.Submission body) {
        return sittings.submit(token, body);
    }

    /** HR-7: the period's hand-off, candidate by candidate. */
    @GET
    @Path("periods/{number}/hand-off")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public HandOffs.PeriodHandOff handOff(@PathParam("number") int number) {
        return handOffs.of(number);
    }

    /** HR-7: one candidate's delivery attempts (the audit). */
    @GET
    @Path("periods/{number}/hand-off/{registrationId}/attempts")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public List<HandOffs.Attempt> attempts(@PathParam("number") int number, @PathParam("registrationId") long registrationId) {
        return handOffs.attempts(number, registrationId);
    }

    /** HR-7: delivers the period's due hand-offs now (as {@code hr:handoff}); back-off still applies. */
    @POST
    @Path("periods/{number}/hand-off/runs")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public HandOffs.Run runHandOff(@PathParam("number") int number) {
        return handOffs.run(number);
    }

    private String client(HttpServletRequest http) {
        return clients.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
    }
}
