package org.hourglass.policy.jiangsu.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.problem.Verdict;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.api.text.PlainText;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JS-8 "视同申报" (seed 002 §5(四)): a learner declares training done elsewhere — seminar (研修班), advanced study (进修班),
 * technical exchange (技术交流), other (其它) — for the current training year only ("仅适用于当年申报以抵扣当年继续教育，
 * 不得结转下年度"); the examination office of his city (a reviewer account assigned to it) approves or refuses it
 * ("携带有关材料尽快前往申报所属地市工考办进行审批"); an approved declaration deducts its hours, up to its kind's maximum,
 * from that year's requirement. Listable by kind, status and submission date.
 */
@Component(service = Declarations.class)
public class Declarations {
    /** The thirteen prefecture-level cities of Jiangsu, whose examination offices decide. */
    static final Set<String> CITIES = Set.of("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州",
            "宿迁");

    private final JpaTemplate jpa;
    private final JiangsuPolicy policy;
    private final TimeSource time;

    @Activate
    public Declarations(@Reference JiangsuStore store, @Reference JiangsuPolicy policy, @Reference TimeSource time) {
        this.jpa = store.jpa();
        this.policy = policy;
        this.time = time;
    }

    /** Body of a declaration: its kind, the training's title, organiser and dates, the hours claimed, the learner's city. */
    public record Form(String kind, String title, String organizer, LocalDate startDate, LocalDate endDate, BigDecimal hours, String city) {
    }

    public record Declaration(long id, long learnerId, int trainingYear, String kind, String title, String organizer, LocalDate startDate,
            LocalDate endDate, Hours hours, String city, String status, Instant submittedAt, String decidedBy, Instant decidedAt,
            String opinion) {
    }

    /** Body of a decision: APPROVE or REFUSE, and an opinion, which a refusal must give. */
    public record Decision(String decision, String opinion) {
    }

    /** A file attached to a declaration (JS-8 "携带有关材料"): its type, size and SHA-256. */
    public record Attachment(long id, String contentType, int size, String sha256, Instant uploadedAt) {
    }

    /** An attachment's bytes and type. */
    public record File(String contentType, byte[] content) {
    }

    static final int MAX_ATTACHMENTS = 10;

    /** Body of a city assignment. */
    public record City(String city) {
    }

    public Declaration submit(Caller learner, Form form) {
        LocalDate today = time.today();
        List<FieldError> errors = new ArrayList<>();
        DeclarationEntity.Kind kind = null;
        try {
            kind = DeclarationEntity.Kind.valueOf(form == null || form.kind() == null ? "" : form.kind());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "SEMINAR (研修班), ADVANCED_STUDY (进修班), TECHNICAL_EXCHANGE (技术交流) or OTHER (其它)"));
        }
        text(errors, "title", form == null ? null : form.title(), 200);
        text(errors, "organizer", form == null ? null : form.organizer(), 200);
        if (form == null || form.startDate() == null || form.endDate() == null || form.endDate().isBefore(form.startDate())) {
            errors.add(new FieldError("endDate", "startDate and endDate required, the end not before the start"));
        } else if (form.endDate().isAfter(today) || form.endDate().getYear() != today.getYear()) {
            errors.add(new FieldError("endDate", "JS-8: training that ended this training year (" + today.getYear() + "), by today"));
        }
        if (form == null || form.city() == null || !CITIES.contains(form.city().strip())) {
            errors.add(new FieldError("city", "one of Jiangsu's cities: " + String.join("、", CITIES.stream().sorted().toList())));
        }
        Hours hours = null;
        try {
            hours = form == null || form.hours() == null ? null : Hours.of(form.hours());
        } catch (IllegalArgumentException e) {
            // said below
        }
        if (hours == null || hours.compareTo(Hours.ZERO) <= 0 || (kind != null && hours.compareTo(Hours.ofWhole(maxHours(kind))) > 0)) {
            errors.add(new FieldError("hours", "JS-8: more than 0, one decimal at most" + (kind == null ? ""
                    : ", at most " + maxHours(kind) + " for a " + kind.name() + " declaration")));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the declaration has invalid fields", errors);
        }
        DeclarationEntity.Kind k = kind;
        Hours h = hours;
        return jpa.txExpr(TransactionType.Required, em -> {
            DeclarationEntity d = new DeclarationEntity(learner.accountId(), today.getYear(), form, k, h, time.now());
            em.persist(d);
            em.flush();
            return d.toView();
        });
    }

    /**
     * A learner's own declarations; a city reviewer's city's; the platform admin's all — filtered by kind, status and the
     * submission date's range, newest first.
     */
    public List<Declaration> list(Caller caller, String kind, String status, LocalDate from, LocalDate to) {
        if (kind != null && !kind.isBlank() && java.util.Arrays.stream(DeclarationEntity.Kind.values()).noneMatch(k -> k.name().equals(kind))) {
            throw Problem.invalidField("kind", "SEMINAR, ADVANCED_STUDY, TECHNICAL_EXCHANGE or OTHER");
        }
        if (status != null && !status.isBlank() && java.util.Arrays.stream(DeclarationEntity.Status.values()).noneMatch(s -> s.name().equals(status))) {
            throw Problem.invalidField("status", "SUBMITTED, APPROVED or REFUSED");
        }
        String city = cityScope(caller);
        Instant fromAt = from == null ? Instant.EPOCH : from.atStartOfDay(TimeSource.DEFAULT_ZONE).toInstant();
        Instant toAt = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(TimeSource.DEFAULT_ZONE).toInstant();
        return jpa.txExpr(TransactionType.Required, em -> {
            var q = em.createQuery("select d from DeclarationEntity d where d.submittedAt >= :f and d.submittedAt < :t"
                    + (caller.hasRole(Roles.LEARNER) ? " and d.learnerId = :l" : "") + (city != null ? " and d.city = :city" : "")
                    + (kind != null && !kind.isBlank() ? " and d.kind = :kind" : "") + (status != null && !status.isBlank() ? " and d.status = :st" : "")
                    + " order by d.id desc", DeclarationEntity.class).setParameter("f", fromAt).setParameter("t", toAt);
            if (caller.hasRole(Roles.LEARNER)) {
                q.setParameter("l", caller.accountId());
            }
            if (city != null) {
                q.setParameter("city", city);
            }
            if (kind != null && !kind.isBlank()) {
                q.setParameter("kind", DeclarationEntity.Kind.valueOf(kind));
            }
            if (status != null && !status.isBlank()) {
                q.setParameter("st", DeclarationEntity.Status.valueOf(status));
            }
            return q.setMaxResults(500).getResultStream().map(DeclarationEntity::toView).toList();
        });
    }

    /** JS-8: the office of the declaration's city decides it, once; a refusal says why. */
    public Declaration decide(Caller reviewer, long id, Decision body) {
        Problem.requireBody(body);
        Verdict verdict = Verdict.parse(body.decision(), body.opinion(), "APPROVE");
        String city = reviewer.hasRole(Roles.PLATFORM_ADMIN) ? null : cityOf(reviewer);
        return jpa.txExpr(TransactionType.Required, em -> {
            DeclarationEntity d = em.find(DeclarationEntity.class, id);
            if (d == null || (city != null && !city.equals(d.city()))) {
                throw Problem.notFound("declaration", id);
            }
            if (d.status() != DeclarationEntity.Status.SUBMITTED) {
                throw Problem.conflict("declaration " + id + " is " + d.status() + " already");
            }
            d.decide(verdict.approved(), reviewer.principal(), verdict.opinion(), time.now());
            return d.toView();
        });
    }

    /** JS-8: the learner attaches a JPEG, PNG or PDF to his declaration while the office has not decided it. */
    public Attachment attach(Caller learner, long id, byte[] content, String type) {
        return jpa.txExpr(TransactionType.Required, em -> {
            DeclarationEntity d = em.find(DeclarationEntity.class, id);
            if (d == null || d.learnerId() != learner.accountId()) {
                throw Problem.notFound("declaration", id);
            }
            if (d.status() != DeclarationEntity.Status.SUBMITTED) {
                throw Problem.conflict("declaration " + id + " is " + d.status() + "; its attachments are final");
            }
            long n = em.createQuery("select count(a) from AttachmentEntity a where a.declarationId = :d", Long.class)
                    .setParameter("d", id).getSingleResult();
            if (n >= MAX_ATTACHMENTS) {
                throw Problem.conflict("a declaration has at most " + MAX_ATTACHMENTS + " attachments");
            }
            AttachmentEntity a = new AttachmentEntity(id, type, content, org.hourglass.api.documents.ContentHash.sha256(content), time.now());
            em.persist(a);
            em.flush();
            return a.toView();
        });
    }

    public List<Attachment> attachments(Caller caller, long id) {
        String city = cityScope(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            visible(em.find(DeclarationEntity.class, id), caller, city, id);
            return em.createQuery("select a from AttachmentEntity a where a.declarationId = :d order by a.id", AttachmentEntity.class)
                    .setParameter("d", id).getResultStream().map(AttachmentEntity::toView).toList();
        });
    }

    public File attachment(Caller caller, long id, long attachmentId) {
        String city = cityScope(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            visible(em.find(DeclarationEntity.class, id), caller, city, id);
            AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
            if (a == null || a.declarationId() != id) {
                throw Problem.notFound("attachment", attachmentId);
            }
            return new File(a.contentType(), a.content());
        });
    }

    /** The city a caller's reading is limited to: none for a learner (his own) and the platform admin (all). */
    private String cityScope(Caller caller) {
        return caller.hasRole(Roles.LEARNER) || caller.hasRole(Roles.PLATFORM_ADMIN) ? null : cityOf(caller);
    }

    private static DeclarationEntity visible(DeclarationEntity d, Caller caller, String city, long id) {
        if (d == null || (caller.hasRole(Roles.LEARNER) && d.learnerId() != caller.accountId()) || (city != null && !city.equals(d.city()))) {
            throw Problem.notFound("declaration", id);
        }
        return d;
    }

    /** JS-8: the platform admin assigns a reviewer account to a city's examination office. */
    public City assign(long accountId, City body) {
        if (body == null || body.city() == null || !CITIES.contains(body.city().strip())) {
            throw Problem.invalidField("city", "one of Jiangsu's cities");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CityReviewerEntity r = em.find(CityReviewerEntity.class, accountId);
            if (r == null) {
                em.persist(new CityReviewerEntity(accountId, body.city().strip()));
            } else {
                r.city(body.city().strip());
            }
            return new City(body.city().strip());
        });
    }

    /** JS-8: the hours the learner's approved declarations of the year deduct (never another year's). */
    Hours declaredHours(long learnerId, int year) {
        return Hours.ofTenths(jpa.txExpr(TransactionType.Required, em -> em.createQuery("select coalesce(sum(d.hoursTenths), 0) from "
                + "DeclarationEntity d where d.learnerId = :l and d.trainingYear = :y and d.status = :s", Number.class)
                .setParameter("l", learnerId).setParameter("y", year).setParameter("s", DeclarationEntity.Status.APPROVED)
                .getSingleResult().longValue()));
    }

    private int maxHours(DeclarationEntity.Kind kind) {
        JiangsuConfig c = policy.config();
        return switch (kind) {
            case SEMINAR -> c.seminarMaxHours();
            case ADVANCED_STUDY -> c.advancedStudyMaxHours();
            case TECHNICAL_EXCHANGE -> c.technicalExchangeMaxHours();
            case OTHER -> c.otherMaxHours();
        };
    }

    /** The city a reviewer acts for; a reviewer assigned to none reaches no declaration (403). */
    private String cityOf(Caller reviewer) {
        CityReviewerEntity r = jpa.txExpr(TransactionType.Required, em -> em.find(CityReviewerEntity.class, reviewer.accountId()));
        if (r == null) {
            throw Problem.forbidden("JS-8: you act for no city's examination office; the platform admin assigns one");
        }
        return r.city();
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (!plain(value, max)) {
            errors.add(new FieldError(field, "required, 1 to " + max + " characters of plain text"));
        }
    }

    private static boolean plain(String s, int max) {
        return s != null && !s.isBlank() && s.length() <= max && PlainText.isPlain(s);
    }
}
