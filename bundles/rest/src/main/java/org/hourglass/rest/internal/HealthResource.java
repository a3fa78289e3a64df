package org.hourglass.rest.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.policy.PolicyDescriptor;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code GET /api/v1/health}: the database, each core bundle, each deployed policy. 200 when all are up, else 503. */
@Component(service = HealthResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private final PolicyRegistry policies;
    private final List<HealthContributor> contributors = new CopyOnWriteArrayList<>();

    @Activate
    public HealthResource(@Reference PolicyRegistry policies) {
        this.policies = policies;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContributor(HealthContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(HealthContributor contributor) {
        contributors.remove(contributor);
    }

    public record HealthReport(String status, List<HealthStatus> components, List<PolicyDescriptor> policies) {
    }

    @GET
    @PermitAll
    public Response health() {
        List<HealthStatus> statuses = contributors.stream().map(HealthResource::safeCheck)
                .sorted(Comparator.comparing(HealthStatus::component)).toList();
        boolean up = statuses.stream().allMatch(HealthStatus::up) && statuses.stream().anyMatch(s -> s.component().equals("database"));
        HealthReport report = new HealthReport(up ? "UP" : "DOWN", statuses, policies.deployed());
        return Response.status(up ? 200 : 503).entity(report).build();
    }

    private static HealthStatus safeCheck(HealthContributor c) {
        try {
            return c.check();
        } catch (RuntimeException e) {
            return HealthStatus.down(c.component(), e.toString());
        }
    }
}
