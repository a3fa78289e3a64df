package org.hourglass.rest.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.apache.aries.jax.rs.whiteboard.ApplicationClasses;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: every failure of every resource answers {@code application/problem+json}. A path
 * under {@code /api/v1/policies/{code}/} that matches nothing while that policy is not deployed answers 503
 * {@code policy-not-deployed} (API.md), not 404: the policy's resources left with its bundle and come back with it.
 */
// immediate: the codes it has seen must outlive the whiteboard releasing it while rebuilding the application (a
// delayed component would be disposed there and forget them: an undeployed policy's paths answered 404, not 503)
@Component(service = ExceptionMapper.class, immediate = true, property = {HourglassRest.EXTENSION, HourglassRest.SELECT_APP,
        "osgi.jaxrs.name=hourglass.problems"})
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private static final Pattern POLICY_PATH = Pattern.compile("^/?v1/policies/([a-z0-9-]+)/.*");

    /** API.md's policy codes, plus every code deployed since the platform started: an unknown code is a plain 404. */
    private static final Set<String> API_POLICY_CODES = Set.of("beijing-subsidy", "jiangsu-credits", "hr-exam", "institution-billing");
    /**
     * Every policy code deployed since the platform started, with when its service last came or went (its resources
     * follow it into the application a moment later).
     */
    private final java.util.Map<String, Long> changedAt = new ConcurrentHashMap<>();
    static final long SETTLING_NANOS = 10_000_000_000L;
    private final PolicyRegistry policies;

    @Context
    private UriInfo uri;

    @Context
    private ApplicationClasses application;

    private boolean resourcesPresent(String code) {
        if (application == null) {
            LOG.warn("No ApplicationClasses injected; a deployed policy's unmatched path answers 404");
            return true;
        }
        String prefix = "v1/policies/" + code;
        return application.classes().stream().map(c -> c.getAnnotation(javax.ws.rs.Path.class)).filter(java.util.Objects::nonNull)
                .map(p -> p.value().replaceFirst("^/", "")).anyMatch(p -> p.equals(prefix) || p.startsWith(prefix + "/"));
    }

    @Activate
    public ProblemMapper(@Reference PolicyRegistry policies) {
        this.policies = policies;
    }

    /** By reference only: obtaining the policy service here would create it while binding (see PolicyRegistryImpl). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "policyGone")
    void policySeen(ServiceReference<TrainingPolicy> policy) {
        Object code = policy.getProperty(TrainingPolicy.CODE_PROPERTY);
        if (code != null) {
            changedAt.put(code.toString(), System.nanoTime());
        }
    }

    void policyGone(ServiceReference<TrainingPolicy> policy) {
        // stays remembered: its paths answer 503 until it comes back
        Object code = policy.getProperty(TrainingPolicy.CODE_PROPERTY);
        if (code != null) {
            changedAt.put(code.toString(), System.nanoTime());
        }
    }

    private boolean settling(String code) {
        Long at = changedAt.get(code);
        return at != null && System.nanoTime() - at < SETTLING_NANOS;
    }

    @Override
    public Response toResponse(Throwable failure) {
        Throwable answered = absentPolicy(failure);
        ProblemBody body = ProblemTranslator.translate(answered);
        if (body.status() >= 500 && !(answered instanceof Problem)) {
            LOG.error("Request failed", failure);
        } else if (body.status() >= 500) {
            LOG.info("Answered {}: {}", body.status(), body.detail());
        } else {
            LOG.debug("Client error {}: {}", body.status(), body.detail());
        }
        return Response.status(body.status()).type(HourglassRest.PROBLEM_JSON + ";charset=UTF-8").entity(body).build();
    }

    private Throwable absentPolicy(Throwable failure) {
        // CXF answers an unmatched path with a plain ClientErrorException of status 404, not always NotFoundException
        boolean unmatched = failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() == 404 && failure.getCause() == null;
        if (!unmatched || uri == null) {
            return failure;
        }
        Matcher m = POLICY_PATH.matcher(uri.getPath());
        if (!m.matches()) {
            return failure;
        }
        if (policies.find(m.group(1)).isPresent()) {
            // deployed, but are its resources in the application yet? (the moments around a hot deploy or undeploy)
            return resourcesPresent(m.group(1)) && !settling(m.group(1)) ? failure : Problem.policyNotDeployed(m.group(1));
        }
        return API_POLICY_CODES.contains(m.group(1)) || changedAt.containsKey(m.group(1)) ? Problem.policyNotDeployed(m.group(1)) : failure;
    }
}
