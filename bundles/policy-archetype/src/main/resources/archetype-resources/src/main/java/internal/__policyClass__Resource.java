package ${package}.internal;

import java.time.Instant;
import java.util.List;
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
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.policy.support.PolicyClassAccess;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.Settlements;
import org.hourglass.api.rest.PolicyResource;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The policy's REST root, {@code /api/v1/policies/${policyCode}}: served by core while the policy is active (503
 * policy-not-deployed while it is away). Every method declares who may call it. Unlike a decision hook, a resource
 * may use core's services like any client: here the class's settlement.
 */
@Component(service = PolicyResource.class, property = TrainingPolicy.CODE_PROPERTY + "=" + ${policyClass}Policy.CODE)
@Path("v1/policies/${policyCode}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ${policyClass}Resource implements PolicyResource {
    private final NoteStore notes;
    private final ClassDirectory classes;
    private final Settlements settlements;

    @Activate
    public ${policyClass}Resource(@Reference NoteStore notes, @Reference ClassDirectory classes, @Reference Settlements settlements) {
        this.notes = notes;
        this.classes = classes;
        this.settlements = settlements;
    }

    public record Note(Long id, String text, Instant createdAt) {
    }

    @GET
    @Path("notes")
    @PermitAll
    public List<Note> notes() {
        return notes.all();
    }

    @POST
    @Path("notes")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response add(Note note) {
        if (note == null || note.text() == null || note.text().isBlank() || note.text().length() > 200) {
            throw Problem.invalidField("text", "required, at most 200 characters");
        }
        return Response.status(201).entity(notes.add(note.text().trim())).build();
    }

    /** The vouchers of a class the caller manages: core's settlement of it, which this policy priced. */
    @GET
    @Path("classes/{id}/vouchers")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Settlement vouchers(@PathParam("id") long id, @Context SecurityContext security) {
        Caller caller = Caller.of(security).orElseThrow();
        return settlements.settle(PolicyClassAccess.requireVisibleClass(classes, ${policyClass}Policy.CODE, id, caller).classId());
    }
}
