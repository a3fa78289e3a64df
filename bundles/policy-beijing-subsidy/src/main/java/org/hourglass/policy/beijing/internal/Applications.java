package org.hourglass.policy.beijing.internal;

import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.OrganizationDirectory;
import org.hourglass.api.authority.ClaimListener;
import org.hourglass.api.authority.ClaimStatus;
import org.hourglass.api.authority.ClaimSubmission;
import org.hourglass.api.authority.ClaimUpdate;
import org.hourglass.api.authority.SubsidyAuthority;
import org.hourglass.api.classes.ClassLifecycle;
import org.hourglass.api.classes.TransitionBody;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subsidy applications (BJ-15, BJ-16): per class, the whole class at once. Applying moves the class OPEN → APPLIED
 * through core (every gate of {@link BeijingPolicy#mayApply}; the end date becomes the application date and nothing
 * is credited after) and files the claim package with its hash, in one transaction, then hands the claim to the
 * subsidy authority, whose
 * status reports are recorded in order with their reasons. A class that reached APPLIED without its application
 * (e.g. moved by hand) gets it on the next request.
 */
@Component(service = {Applications.class, ClaimListener.class})
public class Applications implements ClaimListener {
    private static final Logger LOG = LoggerFactory.getLogger(Applications.class);

    private final JpaTemplate jpa;
    private final Estimates estimates;
    private final ClaimPackages packages;
    private final ClassLifecycle lifecycle;
    private final OrganizationDirectory organizations;
    private final LearnerDirectory learners;
    private final TimeSource time;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SubsidyAuthority authority;

    @Activate
    public Applications(@Reference BeijingStore store, @Reference Estimates estimates, @Reference ClaimPackages packages,
            @Reference ClassLifecycle lifecycle, @Reference OrganizationDirectory organizations, @Reference LearnerDirectory learners,
            @Reference TimeSource time) {
        this.learners = learners;
        this.jpa = store.jpa();
        this.estimates = estimates;
        this.packages = packages;
        this.lifecycle = lifecycle;
        this.organizations = organizations;
        this.time = time;
    }

    @Override
    public String policyCode() {
        return BeijingPolicy.CODE;
    }

    public ApplicationView apply(Caller caller, long classId, String reason) {
        ClassContext visible = estimates.visibleClass(caller, classId);
        SubsidyAuthority auth = authority;
        if (auth == null) {
            throw new Problem(503, "authority-unavailable", "Subsidy authority unavailable",
                    "BJ-16: no subsidy authority is connected; nothing was changed", List.of());
        }
        Filed filed;
        try {
            filed = jpa.txExpr(TransactionType.Required, em -> file(em, caller, visible, reason));
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.ruleViolated("BJ-15", "class " + classId + " applied already");
            }
            throw e;
        }
        ApplicationEntity app = filed.application();
        String org = organizations.find(filed.cls().owner().id()).map(o -> o.name()).orElse("organisation " + filed.cls().owner().id());
        try {
            // BJ-1: the class's learners' ID numbers (in full: the package shows them masked) go with the claim, for the
            // authority's insurance check (Q60)
            List<String> idNumbers = learners.findAll(filed.claim().allLearners()).values().stream().map(l -> l.idNumber()).sorted()
                    .toList();
            String ref = auth.submit(new ClaimSubmission(BeijingPolicy.CODE, app.id(), classId, filed.cls().owner().id(), org,
                    filed.claim().learners(), filed.claim().total(), filed.claim().sha256(), idNumbers));
            long id = app.id();
            return jpa.txExpr(TransactionType.Required, em -> {
                ApplicationEntity a = em.find(ApplicationEntity.class, id);
                a.submitted(ref);
                return a.toView();
            });
        } catch (RuntimeException e) {
            LOG.error("BJ-16: application {} is filed but the authority did not take it; submit it again", app.id(), e);
            return app.toView();
        }
    }

    private record Filed(ApplicationEntity application, ClassContext cls, ClaimPackage claim) {
    }

    /**
     * BJ-15 in ONE transaction (issue 13): the class moves OPEN → APPLIED through core, the claim package is built from
     * the moved class (its end date is the application date), and the application is written. A refused move or a
     * failed write leaves neither the application nor the move behind.
     */
    private Filed file(EntityManager em, Caller caller, ClassContext visible, String reason) {
        long classId = visible.classId();
        Optional<ApplicationEntity> existing = byClass(classId);
        if (existing.isPresent()) {
            throw Problem.ruleViolated("BJ-15", "class " + classId + " applied already (application " + existing.get().id()
                    + "); a class applies once, whole");
        }
        ClassContext cls = visible;
        if (BeijingPolicy.OPEN.equals(cls.status())) {
            lifecycle.transition(caller, classId, new TransitionBody(BeijingPolicy.APPLIED, reason == null ? "subsidy application" : reason));
            cls = estimates.beijingClass(classId);
        } else if (!BeijingPolicy.APPLIED.equals(cls.status())) {
            throw Problem.ruleViolated("BJ-15", "class " + classId + " is " + cls.status() + "; an open class applies");
        }
        ClaimPackage claim = packages.build(cls);
        ApplicationEntity a = new ApplicationEntity(cls.classId(), cls.owner().id(), claim.total(),
                cls.endDate() == null ? time.today() : cls.endDate(), claim, time.now());
        em.persist(a);
        em.flush();
        em.persist(new ApplicationEventEntity(a.id(), ClaimStatus.SUBMITTED, actor(caller), reason, time.now()));
        for (long learner : claim.claimedLearners()) {
            em.persist(new ClaimedLearnerEntity(a.id(), cls.owner().id(), learner, time.today()));
        }
        em.flush();
        return new Filed(a, cls, claim);
    }

    private static String actor(Caller c) {
        return (c.hasRole(org.hourglass.api.rest.Roles.PLATFORM_ADMIN) ? "PLATFORM_ADMIN#" : "ORG_ADMIN#") + c.accountId();
    }

    private Optional<ApplicationEntity> byClass(long classId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select a from ApplicationEntity a where a.classId = :c",
                ApplicationEntity.class).setParameter("c", classId).getResultStream().findFirst());
    }

    /** BJ-16: the authority's report, applied in order; repeated or stale reports change nothing. */
    @Override
    public void updated(ClaimUpdate u) {
        jpa.tx(TransactionType.Required, em -> {
            ApplicationEntity a = em.find(ApplicationEntity.class, u.applicationId());
            if (a == null) {
                LOG.warn("the authority reports on unknown application {}", u.applicationId());
                return;
            }
            if (a.advance(u.status(), u.reason(), u.paid())) {
                em.persist(new ApplicationEventEntity(a.id(), u.status(), "authority:" + u.reference(), u.reason(), time.now()));
            }
        });
    }

    public record Detail(ApplicationView application, List<ApplicationEventEntity.View> events) {
    }

    public Detail get(Caller caller, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity a = visible(caller, em.find(ApplicationEntity.class, id), id);
            return new Detail(a.toView(), em.createQuery("select e from ApplicationEventEntity e where e.applicationId = :a order by e.id",
                    ApplicationEventEntity.class).setParameter("a", id).getResultList().stream().map(ApplicationEventEntity::toView).toList());
        });
    }

    public record Claim(long applicationId, String sha256, String json) {
    }

    public Claim claim(Caller caller, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity a = visible(caller, em.find(ApplicationEntity.class, id), id);
            return new Claim(a.id(), a.claimSha256(), a.claimJson());
        });
    }

    public List<ApplicationView> list(Caller caller) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select a from ApplicationEntity a order by a.id desc",
                ApplicationEntity.class).setMaxResults(500).getResultList().stream().filter(a -> Access.reaches(caller, a.organizationId()))
                .map(ApplicationEntity::toView).toList());
    }

    private static ApplicationEntity visible(Caller caller, ApplicationEntity a, long id) {
        if (a == null || !Access.reaches(caller, a.organizationId())) {
            throw Problem.notFound("application", id);
        }
        return a;
    }

    public record Duplicate(long learnerId, List<Long> organizationIds) {
    }

    /** The same learner claimed by two organisations within the policy window (beyond the seed). */
    public List<Duplicate> duplicates(java.time.LocalDate windowEnd) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select c.learnerId, c.organizationId from ClaimedLearnerEntity c "
                + "where c.appliedOn <= :end order by c.learnerId, c.organizationId", Object[].class).setParameter("end", windowEnd)
                .getResultList().stream().collect(java.util.stream.Collectors.groupingBy(r -> (Long) r[0], java.util.TreeMap::new,
                        java.util.stream.Collectors.mapping(r -> (Long) r[1], java.util.stream.Collectors.toCollection(java.util.TreeSet::new))))
                .entrySet().stream().filter(e -> e.getValue().size() > 1).map(e -> new Duplicate(e.getKey(), List.copyOf(e.getValue())))
                .toList());
    }
}
