package org.hourglass.records.internal;

import org.hourglass.api.documents.ContentHash;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassOwnership;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.documents.DocumentRenderer;
import org.hourglass.api.documents.PrintedPage;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.PublicAddress;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.CertificateRequest;
import org.hourglass.api.records.CertificateView;
import org.hourglass.api.records.ProgressView;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Certificates (C-40): issued only when the class's policy judges the learner complete, once per
 * learner and class (asking again returns the same one), rendered to PDF at issue and never again;
 * verifiable by code without login.
 */
@Component(service = CertificateService.class)
public class CertificateService {
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTemplate jpa;
    private final TimeSource time;
    private final ClassDirectory classes;
    private final LearnerDirectory learners;
    private final PolicyRegistry policies;
    private final Progress progress;
    private final ExamService exams;
    private final DocumentRenderer documents;
    private final PublicAddress publicAddress;

    @Activate
    public CertificateService(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa, @Reference TimeSource time,
            @Reference ClassDirectory classes, @Reference LearnerDirectory learners, @Reference PolicyRegistry policies,
            @Reference Progress progress, @Reference ExamService exams, @Reference DocumentRenderer documents,
            @Reference PublicAddress publicAddress) {
        this.documents = documents;
        this.publicAddress = publicAddress;
        this.jpa = jpa;
        this.time = time;
        this.classes = classes;
        this.learners = learners;
        this.policies = policies;
        this.progress = progress;
        this.exams = exams;
    }

    public record Issued(CertificateView certificate, boolean created) {
    }

    public Issued issue(Caller caller, CertificateRequest request) {
        if (request.classId() == null || request.classId() <= 0) {
            throw Problem.invalidField("classId", "required, a positive id");
        }
        long learnerId = learnerFor(caller, request);
        ClassView cls = classes.find(request.classId()).orElseThrow(() -> Problem.notFound("class", request.classId()));
        boolean own = caller.hasRole(Roles.LEARNER) && caller.accountId() == learnerId;
        if ((!own && !ClassOwnership.manages(caller, cls)) || classes.rosterEntry(cls.id(), learnerId).isEmpty()) {
            throw Problem.notFound("class", request.classId());
        }
        Optional<CertificateEntity> existing = find(learnerId, cls.id());
        if (existing.isPresent()) {
            return new Issued(existing.get().toView(), false);
        }
        if (policies.find(cls.policy()).isEmpty()) {
            throw Problem.policyNotDeployed(cls.policy());
        }
        ProgressView p = progress.of(cls, learnerId, exams);
        if (!Boolean.TRUE.equals(p.certificateEligible())) {
            throw Problem.ruleViolated("C-40", "learner " + learnerId + " has not met the completion rule of class " + cls.id()
                    + " (policy " + cls.policy() + ")");
        }
        LearnerView learner = learners.find(learnerId).orElseThrow(() -> Problem.notFound("learner", learnerId));
        String code = newCode();
        Instant now = time.now();
        CertificateView draft = new CertificateView(code, learner.name(), ResidentIdNumber.mask(learner.idNumber()), cls.id(), cls.name(),
                cls.policy(), p.effectiveHours(), now, "");
        // the configured public address, never the request's Host header (issue 14 item 12)
        byte[] pdf = documents.pdf(page(draft, publicAddress.apiBase() + "v1/certificates/" + code));
        CertificateView view = new CertificateView(code, draft.learnerName(), draft.idNumber(), cls.id(), cls.name(), cls.policy(),
                draft.effectiveHours(), now, ContentHash.sha256(pdf));
        try {
            jpa.tx(TransactionType.Required, em -> {
                em.persist(new CertificateEntity(code, learnerId, view, pdf));
                em.flush(); // a certificate issued at the same moment fails here, not at the JTA commit
            });
        } catch (PersistenceException e) {
            return find(learnerId, cls.id()).map(c -> new Issued(c.toView(), false)).orElseThrow(() -> e);
        }
        return new Issued(view, true);
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(TimeSource.DEFAULT_ZONE);

    /** What the certificate says (C-40): name, masked ID, class, hours, date, code, and a QR of the verification address. */
    private static PrintedPage page(CertificateView c, String verifyUrl) {
        return new PrintedPage("Training certificate " + c.code(), "培训证明  Training Certificate", java.util.List.of(
                "学员 Learner: " + c.learnerName(), "证件号码 ID number: " + c.idNumber(), "班级 Class: " + c.className(),
                "有效学时 Effective hours: " + c.effectiveHours(), "发证日期 Issued: " + DAY.format(c.issuedAt()), "",
                "验证码 Verification code: " + c.code()), verifyUrl, verifyUrl, c.issuedAt());
    }

    public CertificateView verify(String code) {
        return byCode(code).toView();
    }

    public byte[] pdf(String code) {
        return jpa.txExpr(TransactionType.Required, em -> byCode(code).pdf());
    }

    private CertificateEntity byCode(String code) {
        if (code == null || !code.matches("[" + ALPHABET + "]{12}")) {
            throw Problem.notFound("certificate", code);
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select c from CertificateEntity c where c.code = :c",
                CertificateEntity.class).setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> Problem.notFound("certificate", code)));
    }

    private Optional<CertificateEntity> find(long learnerId, long classId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select c from CertificateEntity c where c.learnerId = :l "
                + "and c.classId = :c", CertificateEntity.class).setParameter("l", learnerId).setParameter("c", classId)
                .getResultStream().findFirst());
    }

    private static long learnerFor(Caller caller, CertificateRequest request) {
        if (request.learnerId() != null) {
            return request.learnerId();
        }
        if (!caller.hasRole(Roles.LEARNER)) {
            throw Problem.invalidField("learnerId", "required for staff");
        }
        return caller.accountId();
    }

    private static String newCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
