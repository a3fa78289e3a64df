package org.hourglass.policy.beijing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.documents.ContentHash;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * BJ-13 offline training: the plan is filed before it starts and approved by the district authority; after it
 * the organisation uploads N ten-second videos for N hours and confirms the hours; once the authority recognises
 * them they count as the listed learners' effective OFFLINE hours (BJ-2: 25 yuan). The videos' length is the
 * uploader's word (the platform stores and hashes them; judging them is the authority's review).
 */
@Component(service = OfflinePlans.class)
public class OfflinePlans {
    static final int MAX_VIDEO = 20 * 1024 * 1024;
    static final Set<String> VIDEO_TYPES = Set.of("video/mp4", "video/quicktime", "video/webm");
    static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final JpaTemplate jpa;
    private final Estimates estimates;
    private final ClassDirectory classes;
    private final TimeSource time;

    @Activate
    public OfflinePlans(@Reference BeijingStore store, @Reference Estimates estimates, @Reference ClassDirectory classes,
            @Reference TimeSource time) {
        this.jpa = store.jpa();
        this.estimates = estimates;
        this.classes = classes;
        this.time = time;
    }

    public record Filing(Long classId, String title, String deliveredBy, LocalDate startDate, LocalDate endDate, Integer hours,
            List<Long> learnerIds) {
    }

    public record PlanView(long id, long classId, String title, String deliveredBy, LocalDate startDate, LocalDate endDate,
            int plannedHours, Integer confirmedHours, List<Long> learnerIds, String status, String reason, int videos, Instant filedAt) {
    }

    public record Review(Boolean approved, String reason) {
    }

    public record Confirmation(Integer hours) {
    }

    public PlanView file(Caller caller, Filing f) {
        Problem.requireBody(f);
        if (f.classId() == null) {
            throw Problem.invalidField("classId", "required");
        }
        ClassContext cls = estimates.visibleClass(caller, f.classId());
        List<FieldError> errors = new ArrayList<>();
        if (f.title() == null || f.title().isBlank() || f.title().length() > 200) {
            errors.add(new FieldError("title", "required, at most 200 characters"));
        }
        if (f.deliveredBy() != null && f.deliveredBy().length() > 200) {
            errors.add(new FieldError("deliveredBy", "at most 200 characters"));
        }
        if (f.startDate() == null || f.endDate() == null || f.endDate().isBefore(f.startDate())) {
            errors.add(new FieldError("endDate", "startDate and endDate required, the end not before the start"));
        }
        if (f.hours() == null || f.hours() < 1 || f.hours() > 200) {
            errors.add(new FieldError("hours", "1 to 200 class hours"));
        }
        Set<Long> roster = new HashSet<>();
        classes.roster(cls.classId()).forEach(r -> roster.add(r.learnerId()));
        if (f.learnerIds() == null || f.learnerIds().isEmpty() || f.learnerIds().size() > 999) {
            errors.add(new FieldError("learnerIds", "1 to 999 learners of the class (Q42: the plan lists them)"));
        } else if (!roster.containsAll(f.learnerIds())) {
            errors.add(new FieldError("learnerIds", "only learners on the class's roster"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the offline plan has invalid fields", errors);
        }
        if (!time.today().isBefore(f.startDate())) {
            throw Problem.ruleViolated("BJ-13", "an offline plan is filed and approved before the training starts (" + f.startDate() + ")");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            OfflinePlanEntity p = new OfflinePlanEntity(cls.classId(), cls.owner().id(), f, time.now());
            em.persist(p);
            em.flush();
            return p.toView(0);
        });
    }

    /** The district authority's decision: on a filed plan before it starts, or on the confirmed hours after it. */
    public PlanView review(long planId, Review r) {
        Problem.requireBody(r);
        if (r.approved() == null) {
            throw Problem.invalidField("approved", "required, true or false");
        }
        if (!r.approved() && (r.reason() == null || r.reason().isBlank())) {
            throw Problem.invalidField("reason", "a rejection needs a reason");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            OfflinePlanEntity p = plan(em, planId);
            switch (p.status()) {
                case FILED -> {
                    // BJ-13: approved BEFORE the training starts; a plan whose start has passed can only be rejected
                    if (r.approved() && !time.today().isBefore(p.startDate())) {
                        throw Problem.ruleViolated("BJ-13", "an offline plan is approved before its training starts; this one started on "
                                + p.startDate() + " (reject it; the organisation files a new plan)");
                    }
                    p.decide(r.approved() ? OfflinePlanEntity.Status.APPROVED : OfflinePlanEntity.Status.REJECTED, r.reason());
                }
                case CONFIRMED -> p.decide(r.approved() ? OfflinePlanEntity.Status.RECOGNISED : OfflinePlanEntity.Status.REJECTED, r.reason());
                default -> throw Problem.conflict("plan " + planId + " is " + p.status() + "; nothing awaits review");
            }
            return p.toView(videos(em, planId));
        });
    }

    /** A video (after the training) or an attachment (any time before recognition). */
    public PlanView upload(Caller caller, long planId, String kind, String contentType, byte[] content) {
        boolean video = "VIDEO".equals(kind);
        if (!video && !"ATTACHMENT".equals(kind)) {
            throw Problem.invalidField("kind", "VIDEO or ATTACHMENT");
        }
        if (!(video ? VIDEO_TYPES : ATTACHMENT_TYPES).contains(contentType)) {
            throw new Problem(415, "unsupported-media-type", "Unsupported media type", kind + " files are " + (video ? VIDEO_TYPES
                    : ATTACHMENT_TYPES), null);
        }
        if (content.length == 0) {
            throw Problem.invalidField("body", "an empty file");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            OfflinePlanEntity p = owned(caller, em, planId);
            if (video && (p.status() != OfflinePlanEntity.Status.APPROVED || !time.today().isAfter(p.endDate()))) {
                throw Problem.ruleViolated("BJ-13", "videos follow an approved plan's training (after " + p.endDate() + "); plan is "
                        + p.status());
            }
            if (p.status() == OfflinePlanEntity.Status.RECOGNISED || p.status() == OfflinePlanEntity.Status.REJECTED) {
                throw Problem.conflict("plan " + planId + " is " + p.status());
            }
            em.persist(new OfflineFileEntity(planId, kind, contentType, ContentHash.sha256(content), content, time.now()));
            em.flush();
            return p.toView(videos(em, planId));
        });
    }

    /** The organisation confirms the hours held: at most the planned hours, and one ten-second video per hour. */
    public PlanView confirm(Caller caller, long planId, Confirmation c) {
        Problem.requireBody(c);
        return jpa.txExpr(TransactionType.Required, em -> {
            OfflinePlanEntity p = owned(caller, em, planId);
            if (p.status() != OfflinePlanEntity.Status.APPROVED || !time.today().isAfter(p.endDate())) {
                throw Problem.ruleViolated("BJ-13", "hours are confirmed after an approved plan's training; plan is " + p.status());
            }
            if (c.hours() == null || c.hours() < 1 || c.hours() > p.plannedHours()) {
                throw Problem.invalidField("hours", "1 to the planned " + p.plannedHours());
            }
            int videos = videos(em, planId);
            if (videos < c.hours()) {
                throw Problem.ruleViolated("BJ-13", c.hours() + " hours need " + c.hours() + " ten-second videos; " + videos + " uploaded");
            }
            p.confirm(c.hours());
            return p.toView(videos);
        });
    }

    public List<PlanView> ofClass(Caller caller, long classId) {
        ClassContext cls = estimates.visibleClass(caller, classId);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select p from OfflinePlanEntity p where p.classId = :c order by p.id",
                OfflinePlanEntity.class).setParameter("c", classId).getResultList().stream().map(p -> p.toView(videos(em, p.id()))).toList());
    }

    private static OfflinePlanEntity plan(EntityManager em, long id) {
        OfflinePlanEntity p = em.find(OfflinePlanEntity.class, id);
        if (p == null) {
            throw Problem.notFound("offline plan", id);
        }
        return p;
    }

    private static OfflinePlanEntity owned(Caller caller, EntityManager em, long id) {
        OfflinePlanEntity p = plan(em, id);
        if (!Access.reaches(caller, p.organizationId())) {
            throw Problem.notFound("offline plan", id);
        }
        return p;
    }

    private static int videos(EntityManager em, long planId) {
        return em.createQuery("select count(f) from OfflineFileEntity f where f.planId = :p and f.kind = 'VIDEO'", Long.class)
                .setParameter("p", planId).getSingleResult().intValue();
    }
}
