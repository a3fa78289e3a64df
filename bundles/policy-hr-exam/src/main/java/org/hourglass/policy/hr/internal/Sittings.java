package org.hourglass.policy.hr.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.catalog.QuestionKind;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.platform.WorkingDays;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The period exam (seed 004 ⑦⑧): on the exam day a registered candidate enters by his ID number (HR-4) and gets his own paper
 * — the configured single- and multiple-choice questions drawn from the period's bank, open book (HR-5); he saves answers as
 * he goes and may come back (entering again resumes the same paper under a fresh token). At submission he confirms his
 * latest personal data; phone and email are checked for uniqueness again and a clash refuses the submission with the
 * answers kept (HR-6); the score out of 100 and pass (≥ the pass mark, inclusive) show at once, and a pass owes a hand-off
 * (HR-7) in the same transaction.
 */
@Component(service = Sittings.class)
public class Sittings {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTemplate jpa;
    private final Periods periods;
    private final Registrations registrations;
    private final QuestionBank bank;
    private final TimeSource time;
    private final WorkingDays workingDays;
    private final HrExamPolicy policy;

    @Activate
    public Sittings(@Reference HrStore store, @Reference Periods periods, @Reference Registrations registrations,
            @Reference QuestionBank bank, @Reference TimeSource time, @Reference WorkingDays workingDays, @Reference HrExamPolicy policy) {
        this.jpa = store.jpa();
        this.periods = periods;
        this.registrations = registrations;
        this.bank = bank;
        this.time = time;
        this.workingDays = workingDays;
        this.policy = policy;
    }

    public record Entry(String idNumber) {
    }

    /** A question as the candidate sees it: no key. {@code number} counts from 1. */
    public record Question(int number, QuestionKind kind, String stem, List<String> options) {
    }

    /**
     * A sitting: {@code token} only in the answer to an entry (keep it to save and submit); {@code status} IN_PROGRESS or
     * SUBMITTED; {@code score} (out of 100) and {@code passed} once submitted.
     */
    public record Sitting(String token, int period, LocalDate examDate, String instructions, Registrations.Candidate candidate,
            List<Question> questions, List<List<Integer>> answers, String status, BigDecimal score, Boolean passed, int passMark) {
    }

    public record Answers(List<List<Integer>> answers) {
    }

    /** The submission: the final answers (null keeps the saved ones) and the candidate's latest data (HR-6). */
    public record Submission(List<List<Integer>> answers, Registrations.Candidate candidate) {
    }

    /** HR-4: enters today's exam by ID number; a registered candidate gets his paper (drawn once) under a fresh token. */
    public Sitting enter(Entry body, String client) {
        registrations.admit(client);
        String id = ResidentIdNumber.normalize(Problem.requireBody(body).idNumber());
        ResidentIdNumber.problem(id, time.today()).ifPresent(p -> {
            throw Problem.invalidField("idNumber", p);
        });
        Periods.Period period = periods.examToday().orElseThrow(() -> Problem.ruleViolated("HR-4", "there is no exam today ("
                + time.today() + "); the exam is entered on its day" + periods.all().stream().filter(p -> p.examDate().isAfter(
                time.today())).findFirst().map(p -> ", the next on " + p.examDate() + " (period " + p.number() + ")").orElse("")));
        HrExamConfig config = policy.config();
        String token = token();
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                RegistrationEntity r = Registrations.find(em, period.id(), id).orElseThrow(() -> Problem.ruleViolated("HR-4",
                        "this ID number has no check-in registration for period " + period.number() + "; only registered "
                        + "candidates sit its exam — register for a later period"));
                SittingEntity s = sittingOf(em, r.id());
                if (s == null) {
                    s = new SittingEntity(r.id(), hash(token), String.join(",", bank.draw(period.questionBank(), config.singleChoice(),
                            config.multipleChoice())), time.now());
                    em.persist(s);
                } else {
                    s.token(hash(token));
                }
                em.flush();
                return view(token, s, r, period);
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("the same candidate entered twice at once; enter again");
            }
            throw e;
        }
    }

    public Sitting get(String token) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SittingEntity s = byToken(em, token);
            RegistrationEntity r = em.find(RegistrationEntity.class, s.registrationId());
            return view(null, s, r, period(r));
        });
    }

    /** Saves answers while the sitting is open, on its exam day. */
    public Sitting save(String token, Answers body) {
        List<List<Integer>> answers = Problem.requireBody(body).answers();
        return jpa.txExpr(TransactionType.Required, em -> {
            SittingEntity s = byToken(em, token);
            RegistrationEntity r = em.find(RegistrationEntity.class, s.registrationId());
            Periods.Period period = period(r);
            requireOpen(s, period);
            s.answers(AnswerSheet.encode(AnswerSheet.checked(answers, bank.questions(refs(s)))));
            return view(null, s, r, period);
        });
    }

    /** HR-5, HR-6: scores the paper after the candidate's latest data passed the uniqueness check again. */
    public Sitting submit(String token, Submission body) {
        Problem.requireBody(body);
        Registrations.Candidate latest = registrations.validated(body.candidate());
        if (body.answers() != null) {
            save(token, new Answers(body.answers())); // kept even when the data is refused below
        }
        HrExamConfig config = policy.config();
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                SittingEntity s = byToken(em, token);
                RegistrationEntity r = em.find(RegistrationEntity.class, s.registrationId());
                Periods.Period period = period(r);
                requireOpen(s, period);
                if (!latest.idNumber().equals(r.candidate().idNumber())) {
                    throw Problem.invalidField("idNumber", "the ID number you entered the exam with");
                }
                Registrations.refuseTaken(em, r.periodId(), latest, r.id());
                r.update(latest, time.now());
                List<QuestionBank.Drawn> questions = bank.questions(refs(s));
                BigDecimal score = AnswerSheet.score(questions, AnswerSheet.decode(s.answers(), questions.size()));
                boolean passed = score.compareTo(BigDecimal.valueOf(config.passMark())) >= 0;
                s.submit(score, passed, time.now());
                if (passed) {
                    em.persist(new HandOffEntity(r.id(), r.periodId(), workingDays.plusWorkingDays(period.examDate(),
                            config.handOffWorkingDays()), time.now()));
                }
                em.flush();
                return view(null, s, r, period);
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw new Problem(409, "not-unique", "Already used", "HR-6: another candidate submitted the same phone or email at "
                        + "the same moment; your answers are kept — check your data and submit again", List.of(
                                new FieldError("phone", "check it is your own"), new FieldError("email", "check it is your own")));
            }
            throw e;
        }
    }

    private void requireOpen(SittingEntity s, Periods.Period period) {
        if (s.submitted()) {
            throw Problem.conflict("this paper was submitted at " + s.submittedAt() + "; its result stands");
        }
        if (!period.examDate().equals(time.today())) {
            throw Problem.ruleViolated("HR-4", "the exam of period " + period.number() + " was held on " + period.examDate()
                    + "; a paper is answered and submitted on the exam day only");
        }
    }

    private Sitting view(String token, SittingEntity s, RegistrationEntity r, Periods.Period period) {
        List<QuestionBank.Drawn> drawn = bank.questions(refs(s));
        List<Question> questions = new ArrayList<>(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            var q = drawn.get(i).question();
            questions.add(new Question(i + 1, q.kind(), q.stem(), q.options()));
        }
        return new Sitting(token, period.number(), period.examDate(), period.instructions(), r.candidate(), questions,
                AnswerSheet.decode(s.answers(), drawn.size()), s.submitted() ? "SUBMITTED" : "IN_PROGRESS", s.score(), s.passed(),
                policy.config().passMark());
    }

    private Periods.Period period(RegistrationEntity r) {
        return periods.all().stream().filter(p -> p.id() == r.periodId()).findFirst().orElseThrow();
    }

    private static List<String> refs(SittingEntity s) {
        return List.of(s.questions().split(","));
    }

    static SittingEntity sittingOf(EntityManager em, long registrationId) {
        return em.createQuery("select s from SittingEntity s where s.registrationId = :r", SittingEntity.class)
                .setParameter("r", registrationId).getResultStream().findFirst().orElse(null);
    }

    private static SittingEntity byToken(EntityManager em, String token) {
        if (token == null || token.length() > 100) {
            throw Problem.notFound("sitting", "");
        }
        return em.createQuery("select s from SittingEntity s where s.tokenHash = :h", SittingEntity.class).setParameter("h", hash(token))
                .getResultStream().findFirst().orElseThrow(() -> Problem.notFound("sitting", "of this token"));
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
