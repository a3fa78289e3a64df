package org.hourglass.rest.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.Path;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.rest.PolicyResource;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST roots of the deployed policies ({@link PolicyResource} services by {@code policy.code}), served by
 * {@link PoliciesResource}'s locator. A root is handed out only while its policy is ACTIVE in the registry (a policy
 * that failed or whose configuration is refused serves nothing) and only if its class-level {@code @Path} is
 * {@code v1/policies/{code}}, the path the OpenAPI document shows. When a root goes away, the caches that would keep
 * its classes alive are cleared ({@link PolicyClassCaches}, {@link HourglassJsonProvider#forgetTypes}).
 */
@Component(service = PolicyResources.class, immediate = true)
public class PolicyResources {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyResources.class);

    private final PolicyRegistry policies;
    private final HourglassJsonProvider json;
    private final PolicyClassCaches caches = new PolicyClassCaches();
    private final Map<String, Root> roots = new ConcurrentHashMap<>();

    private static final class Root {
        final ServiceReference<PolicyResource> reference;
        final ComponentServiceObjects<PolicyResource> objects;
        volatile PolicyResource instance;
        volatile boolean refused;

        Root(ServiceReference<PolicyResource> reference, ComponentServiceObjects<PolicyResource> objects) {
            this.reference = reference;
            this.objects = objects;
        }
    }

    @Activate
    public PolicyResources(@Reference PolicyRegistry policies, @Reference HourglassJsonProvider json) {
        this.policies = policies;
        this.json = json;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeRoot")
    void addRoot(ComponentServiceObjects<PolicyResource> objects, ServiceReference<PolicyResource> reference) {
        Object code = reference.getProperty(TrainingPolicy.CODE_PROPERTY);
        if (code == null) {
            LOG.error("A PolicyResource of bundle {} has no {} property; it is not served", reference.getBundle().getSymbolicName(),
                    TrainingPolicy.CODE_PROPERTY);
            return;
        }
        if (roots.putIfAbsent(code.toString(), new Root(reference, objects)) != null) {
            LOG.error("Two REST roots for policy '{}'; the second (bundle {}) is not served", code, reference.getBundle().getSymbolicName());
        }
        // what requests still running at the last removal put back into the caches goes now
        caches.forgetInactive();
        json.forgetTypes();
    }

    void removeRoot(ComponentServiceObjects<PolicyResource> objects, ServiceReference<PolicyResource> reference) {
        Object code = reference.getProperty(TrainingPolicy.CODE_PROPERTY);
        Root root = code == null ? null : roots.get(code.toString());
        if (root == null || !root.reference.equals(reference) || !roots.remove(code.toString(), root)) {
            return;
        }
        PolicyResource instance = root.instance;
        if (instance != null) {
            try {
                objects.ungetService(instance);
            } catch (RuntimeException e) {
                // already disposed with its bundle
            }
        }
        caches.forgetInactive();
        json.forgetTypes();
    }

    /** The root serving {@code code}, if the policy is ACTIVE and its root is registered and well declared. */
    Optional<Object> root(String code) {
        Root root = roots.get(code);
        if (root == null || root.refused || policies.find(code).isEmpty()) {
            return Optional.empty();
        }
        PolicyResource instance = root.instance;
        if (instance == null) {
            synchronized (root) {
                instance = root.instance;
                if (instance == null) {
                    instance = root.objects.getService();
                    if (instance != null && !declaresItsPath(instance.getClass(), code)) {
                        root.refused = true;
                        root.objects.ungetService(instance);
                        return Optional.empty();
                    }
                    root.instance = instance;
                }
            }
        }
        caches.rememberCurrentRequest();
        return Optional.ofNullable(instance);
    }

    private static boolean declaresItsPath(Class<?> type, String code) {
        Path path = type.getAnnotation(Path.class);
        String expected = "v1/policies/" + code;
        if (path == null || !path.value().replaceAll("^/+|/+$", "").equals(expected)) {
            LOG.error("The REST root {} of policy '{}' must be annotated @Path(\"{}\") (it is {}); it is not served", type.getName(), code,
                    expected, path == null ? "unannotated" : "@Path(\"" + path.value() + "\")");
            return false;
        }
        return true;
    }

    /** The root classes of the ACTIVE policies, by code, for the OpenAPI document. */
    Map<String, Class<?>> activeRootClasses() {
        Map<String, Class<?>> out = new TreeMap<>();
        for (String code : roots.keySet()) {
            Optional<Object> r = root(code);
            r.ifPresent(o -> out.put(code, o.getClass()));
        }
        return out;
    }
}
