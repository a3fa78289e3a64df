package org.hourglass.rest.internal;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.PolicyStatus;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/policies}: every policy of the node with its state (deploying, active, failed, and why), as they
 * come and go; public, since clients pick a policy before logging in. And core's dispatch of the policies' own REST:
 * {@code /api/v1/policies/{code}/...} is handed to the policy's {@code PolicyResource} while the policy is ACTIVE —
 * the application itself never changes when a policy comes or goes. A known policy that is away answers 503
 * {@code policy-not-deployed}; a code never deployed here, 404.
 */
@Component(service = PoliciesResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/policies")
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {
    private final PolicyRegistry registry;
    private final PolicyResources resources;

    @Activate
    public PoliciesResource(@Reference PolicyRegistry registry, @Reference PolicyResources resources) {
        this.registry = registry;
        this.resources = resources;
    }

    @GET
    @PermitAll
    public List<PolicyStatus> policies() {
        return registry.statuses();
    }

    /** The policy's REST root; role checks apply to the policy's own methods ({@link RoleEnforcement}). */
    @Path("{code}")
    @PermitAll
    @Hidden
    public Object policy(@PathParam("code") String code) {
        return resources.root(code).orElseThrow(() -> absent(code));
    }

    /** 404 for a code never deployed here; 503 for a known policy that is away or not active, saying why. */
    private Problem absent(String code) {
        if (!registry.known(code)) {
            return Problem.notFound("policy", code);
        }
        try {
            registry.require(code);
        } catch (Problem away) {
            return away;
        }
        return Problem.policyNotDeployed(code);
    }
}
