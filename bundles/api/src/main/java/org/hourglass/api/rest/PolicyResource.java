package org.hourglass.api.rest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A policy bundle's REST root. Register it as a DS service of this type with the policy's code
 * ({@code policy.code}, e.g. through {@code @PolicyIdentity} or a plain property); core serves it under
 * {@code /api/v1/policies/{code}} through its own locator, so deploying or removing a policy never rebuilds the
 * core JAX-RS application. Write it as an ordinary JAX-RS resource:
 *
 * <pre>
 * &#64;Component(service = PolicyResource.class, property = "policy.code=shanghai-voucher")
 * &#64;Path("v1/policies/shanghai-voucher")            // for the OpenAPI document; must be v1/policies/{code}
 * &#64;Produces(MediaType.APPLICATION_JSON) &#64;Consumes(MediaType.APPLICATION_JSON)
 * public class VoucherResource implements PolicyResource {
 *     &#64;POST &#64;Path("vouchers") &#64;RolesAllowed(Roles.ORG_ADMIN)
 *     public Response issue(VoucherBody body, &#64;Context SecurityContext security) { ... }
 * }
 * </pre>
 *
 * Every method declares who may call it ({@code @RolesAllowed}, {@code @PermitAll}); undeclared methods are refused.
 * Larger APIs return further resources from sub-resource locators of the root. Errors are
 * {@link org.hourglass.api.problem.Problem}s. While the policy is away its paths answer 503 {@code policy-not-deployed}.
 */
@ConsumerType
public interface PolicyResource {
}
