package org.hourglass.rest.internal;

import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.policy.PolicyDescriptor;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/policies}: the deployed policies, as they come and go. Public: clients pick a policy before logging in. */
@Component(service = PoliciesResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/policies")
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {
    private final PolicyRegistry registry;

    @Activate
    public PoliciesResource(@Reference PolicyRegistry registry) {
        this.registry = registry;
    }

    @GET
    @PermitAll
    public List<PolicyDescriptor> deployed() {
        return registry.deployed();
    }
}
