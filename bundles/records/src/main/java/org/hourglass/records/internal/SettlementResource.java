package org.hourglass.records.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassOwnership;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.Settlements;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/classes/{id}/settlement}: the class's money as its policy settles it now (payer, payee, lines with
 * their rule ids and facts, total, the parameter values used). For whoever manages the class, and reviewers.
 */
@Component(service = SettlementResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/classes/{id}/settlement")
@Produces(MediaType.APPLICATION_JSON)
public class SettlementResource {
    private final Settlements settlements;
    private final ClassDirectory classes;

    @Activate
    public SettlementResource(@Reference Settlements settlements, @Reference ClassDirectory classes) {
        this.settlements = settlements;
        this.classes = classes;
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Settlement settlement(@PathParam("id") long id, @Context SecurityContext security) {
        Caller caller = Caller.of(security).orElseThrow();
        ClassView cls = classes.find(id).filter(c -> ClassOwnership.manages(caller, c)).orElseThrow(() -> Problem.notFound("class", id));
        return settlements.settle(cls.id());
    }
}
