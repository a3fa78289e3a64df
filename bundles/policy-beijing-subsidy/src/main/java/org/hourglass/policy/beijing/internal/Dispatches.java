package org.hourglass.policy.beijing.internal;

import java.util.Base64;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.documents.ContentHash;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Dispatched workers (劳务派遣, BJ-1, Q2, Q44): the using organisation records the dispatch company and attaches
 * the agreement (a PDF, at most 2 MiB, kept with its hash); without it the class does not apply (BJ-15).
 */
@Component(service = Dispatches.class)
public class Dispatches {
    static final int MAX_PDF = 2 * 1024 * 1024;

    private final JpaTemplate jpa;
    private final LearnerDirectory learners;
    private final TimeSource time;

    @Activate
    public Dispatches(@Reference BeijingStore store, @Reference LearnerDirectory learners, @Reference TimeSource time) {
        this.jpa = store.jpa();
        this.learners = learners;
        this.time = time;
    }

    /** {@code agreementPdf}: base64 of the PDF; may follow later by sending the record again. */
    public record Dispatch(Long learnerId, String dispatchCompany, String agreementPdf) {
    }

    public record Recorded(long organizationId, long learnerId, String dispatchCompany, String agreementSha256) {
    }

    public Recorded record(Caller caller, Dispatch body) {
        Problem.requireBody(body);
        if (body.learnerId() == null) {
            throw Problem.invalidField("learnerId", "required");
        }
        if (body.dispatchCompany() == null || body.dispatchCompany().isBlank() || body.dispatchCompany().length() > 200) {
            throw Problem.invalidField("dispatchCompany", "required, at most 200 characters");
        }
        byte[] pdf = pdf(body.agreementPdf());
        LearnerView learner = learners.find(body.learnerId()).orElseThrow(() -> Problem.notFound("learner", body.learnerId()));
        Long org = learner.organizationId();
        if (org == null || !(caller.hasRole(Roles.PLATFORM_ADMIN) || org.equals(caller.organizationId()))) {
            throw Problem.notFound("learner", body.learnerId());
        }
        String sha = pdf == null ? null : ContentHash.sha256(pdf);
        return jpa.txExpr(TransactionType.Required, em -> {
            DispatchEntity d = em.createQuery("select d from DispatchEntity d where d.organizationId = :o and d.learnerId = :l",
                    DispatchEntity.class).setParameter("o", org).setParameter("l", body.learnerId()).getResultStream().findFirst()
                    .orElse(null);
            if (d == null) {
                d = new DispatchEntity(org, body.learnerId(), body.dispatchCompany().trim(), time.now());
                em.persist(d);
            }
            d.company(body.dispatchCompany().trim());
            if (pdf != null) {
                d.agreement(pdf, sha);
            }
            return new Recorded(org, body.learnerId(), d.dispatchCompany(), d.agreementSha256());
        });
    }

    private static byte[] pdf(String base64) {
        if (base64 == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw Problem.invalidField("agreementPdf", "base64 of a PDF file");
        }
        if (bytes.length > MAX_PDF) {
            throw new Problem(413, "payload-too-large", "Payload too large", "an agreement has at most " + MAX_PDF + " bytes", null);
        }
        if (bytes.length < 5 || bytes[0] != '%' || bytes[1] != 'P' || bytes[2] != 'D' || bytes[3] != 'F') {
            throw Problem.invalidField("agreementPdf", "not a PDF file");
        }
        return bytes;
    }
}
