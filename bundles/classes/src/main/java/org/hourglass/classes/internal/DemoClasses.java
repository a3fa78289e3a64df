package org.hourglass.classes.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.accounts.OrganizationDirectory;
import org.hourglass.api.accounts.OrganizationView;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.classes.NewClass;
import org.hourglass.api.platform.Demo;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo distribution only: when a policy is deployed, the first demo organisation gets one class under
 * it (once; reinstalling the policy finds the class), selecting the demo package. The class is created
 * off the registration thread, through the same service as {@code POST /api/v1/classes}, so the policy's
 * rules apply; a policy whose classes are an institution's (it refuses the organisation) gets its class in the demo school;
 * a policy that needs settings the demo cannot guess is logged and skipped.
 */
@Component(configurationPid = Demo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoClasses {
    private static final Logger LOG = LoggerFactory.getLogger(DemoClasses.class);
    private static final Caller SYSTEM = new Caller(0, "demo-data", Set.of(Roles.PLATFORM_ADMIN), null, null);
    private static final int CAPACITY = 50;

    private final ClassService classes;
    private final PolicyRegistry policies;
    private final OrganizationDirectory organizations;
    private final InstitutionDirectory institutions;
    private final CourseDirectory catalog;
    private final TimeSource time;
    private final boolean enabled;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "hourglass-demo-classes"));

    @Activate
    public DemoClasses(@Reference ClassService classes, @Reference PolicyRegistry policies,
            @Reference OrganizationDirectory organizations, @Reference InstitutionDirectory institutions,
            @Reference CourseDirectory catalog, @Reference TimeSource time, Map<String, Object> properties) {
        this.institutions = institutions;
        this.classes = classes;
        this.policies = policies;
        this.organizations = organizations;
        this.catalog = catalog;
        this.time = time;
        this.enabled = Demo.enabled(properties);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPolicy(ServiceReference<TrainingPolicy> policy, Map<String, Object> properties) {
        // by reference: obtaining the policy while binding would create it here and risk a DS cycle at boot
        Object code = properties.get(TrainingPolicy.CODE_PROPERTY);
        if (code != null) {
            worker.execute(() -> createFor(code.toString()));
        }
    }

    void removePolicy(ServiceReference<TrainingPolicy> policy) {
        // the demo class stays: uninstalling a policy loses no data
    }

    @Deactivate
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void createFor(String code) {
        if (!enabled) {
            return;
        }
        // a policy deployed at boot comes before the demo organisation and package exist: wait for all three
        if (!awaitReady(code)) {
            LOG.warn("No demo class for policy {}: the policy, the demo organisation or the demo package did not appear", code);
            return;
        }
        OrganizationView org = organizations.byCreditCode(Demo.ORGANIZATION_CREDIT_CODE).orElse(null);
        Long school = institutions.byCreditCode(Demo.SCHOOL_CREDIT_CODE).map(i -> i.id()).orElse(null);
        if (org == null || classes.hasClass(code, PartyKind.ORGANIZATION, org.id())
                || (school != null && classes.hasClass(code, PartyKind.INSTITUTION, school))) {
            return;
        }
        Long packageId = catalog.packageNamed(Demo.PACKAGE_NAME).map(PackageView::id).orElse(null);
        try {
            var cls = classes.create(SYSTEM, new NewClass("Demo class (" + code + ")", code, PartyKind.ORGANIZATION, org.id(),
                    time.today(), null, CAPACITY, Map.of(), packageId));
            LOG.info("Demo class {} created for policy {} in organisation {}", cls.id(), code, org.name());
        } catch (Problem refused) {
            if (school == null) {
                LOG.warn("No demo class for policy {}: {}", code, refused.getMessage());
                return;
            }
            try { // a policy of institutions' classes (institution-billing): the demo school runs it
                var cls = classes.create(SYSTEM, new NewClass("Demo class (" + code + ")", code, PartyKind.INSTITUTION, school,
                        time.today(), null, CAPACITY, Map.of(), packageId));
                LOG.info("Demo class {} created for policy {} in the demo school", cls.id(), code);
            } catch (Problem p) {
                LOG.warn("No demo class for policy {}: {}; {}", code, refused.getMessage(), p.getMessage());
            }
        }
    }

    /** Waits up to a minute until the registry answers for the code and the demo organisation and package exist. */
    private boolean awaitReady(String code) {
        for (int i = 0; i < 600 && !Thread.currentThread().isInterrupted(); i++) {
            if (policies.find(code).isPresent() && organizations.byCreditCode(Demo.ORGANIZATION_CREDIT_CODE).isPresent()
                    && catalog.packageNamed(Demo.PACKAGE_NAME).isPresent()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return false;
    }
}
