package org.hourglass.policy.hr.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
 * today (HR-2, HR-3). Served by core while the policy is active (503 while it is away).
 */
@Component(service = PolicyResource.class, property = TrainingPolicy.CODE_PROPERTY + "=" + HrExamPolicy.CODE)
@Path("v1/policies/hr-exam")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HrExamResource implements PolicyResource {
    private final SignUps signUps;
    private final Periods periods;

    @Activate
    public HrExamResource(@Reference SignUps signUps, @Reference Periods periods) {
        this.signUps = signUps;
        this.periods = periods;
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

    /** HR-2, HR-3: whether registration is open today, for which period, or when it opens. */
    @GET
    @Path("periods/today")
    @RolesAllowed({Roles.LEARNER, Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public Periods.Registration today() {
        return periods.today();
    }
}
