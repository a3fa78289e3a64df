package org.hourglass.records.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.hourglass.api.catalog.CourseView;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.CreditingRules;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.Heartbeat;
import org.hourglass.api.records.HeartbeatResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Accepts heartbeats (C-30 … C-34): judges each against the learner's stream and credited coverage,
 * applies the class policy's daily cap and windows, and stores the beat, the coverage, the day ledger
 * and any anti-cheat events in ONE transaction — shared with the other beats waiting at that moment (group commit,
 * {@link GroupCommit}). The answer is sent only after that commit.
 */
@Component(service = HeartbeatService.class, immediate = true) // one long-lived writer thread, not one per use
public class HeartbeatService {
    /** Another stream that beat within this time is live: a second device is refused (C-4, BJ Q71). */
    static final long LIVE_STREAM_MS = 90_000;

    /**
     * Beats are written by this many threads, each committing every beat waiting (up to {@link #MAX_BATCH}) in one
     * transaction (issue 7: durable commits, one log write each, were the ceiling; and with every request thread
     * inserting, Derby's page-allocation lock serialised them anyway). Reads before the transaction run in parallel.
     * One writer: two deadlocked on Derby row locks (one batch holding a learner's rows, waiting for another's).
     */
    static final int WRITERS = 1;
    static final int MAX_BATCH = 64;

    private final GroupCommit<Beat, Supplier<HeartbeatResult>> commits;
    private final JpaTemplate jpa;
    private final TimeSource time;
    private final StudyGate gate;
    private final Challenges challenges;
    private final ClassFacts facts;
    /** Confined to the writer thread: {@link #WRITERS} is 1. */
    private final ActiveLearners memory = new ActiveLearners();
    /** Classes whose change count the open batch has counted already (writer thread). */
    private final Set<Long> counted = new HashSet<>();
    /** Learners with a beat earlier in the open batch: their stream in the batch is this batch's own (writer thread). */
    private final Set<Long> inBatch = new HashSet<>();
    private final StaleRows stale;

    @Activate
    public HeartbeatService(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa, @Reference TimeSource time,
            @Reference StudyGate gate, @Reference Challenges challenges, @Reference ClassFacts facts,
            @Reference(target = "(osgi.unit.name=hourglass-records)") EntityManagerFactory units) {
        this.jpa = jpa;
        this.stale = new StaleRows(units);
        this.time = time;
        this.gate = gate;
        this.challenges = challenges;
        this.facts = facts;
        this.commits = new GroupCommit<>("hourglass-beat-writer", jpa,
                (em, b) -> {
                    // record() flushes only where it must read its own writes or needs a new row's id; auto-flush before every
                    // query would compare every entity of the whole batch each time (quadratic in the batch size, issue 7)
                    em.setFlushMode(FlushModeType.COMMIT);
                    return record(em, b.learnerId(), b.beat(), b.key(), b.study(), b.positionMs(), b.now(), b.day(), b.clock());
                }, this::committed, b -> {
                    // issue 20: a version check failed — most likely another node wrote this learner's rows, so this node's
                    // copies are stale: the beat is retried alone on rows read again from the database
                    memory.forget(b.learnerId());
                    stale.evict(b.learnerId());
                    counted.clear();
                    inBatch.clear();
                }, WRITERS, MAX_BATCH);
    }

    private void committed() {
        memory.identified();
        counted.clear();
        inBatch.clear();
    }

    /** Credited study between two pop-up questions when the policy asks for them (C-38). */
    static final long POPUP_EVERY_MS = 5 * 60 * 1000L;

    private record Credit(long credited, long capped, String note) {
    }

    public HeartbeatResult accept(long learnerId, Heartbeat beat, String idempotencyKey) {
        HeartbeatValidation.check(beat, idempotencyKey, time.now());
        if (idempotencyKey != null) {
            Optional<HeartbeatResult> first = replay(learnerId, idempotencyKey);
            if (first.isPresent()) {
                return first.get();
            }
        }
        // issue 19: the gate's reads in classes, catalogue, accounts and commerce join one read transaction (one connection,
        // one commit) instead of one each; it ends before the beat waits for its group commit
        StudyGate.Study study = jpa.txExpr(TransactionType.Required, em -> gate.open(learnerId, beat.classId(), beat.courseId(),
                beat.chapterId()));
        long positionMs = beat.position().movePointRight(3).longValue();
        if (positionMs > study.chapterMs() + Crediting.TOLERANCE_MS) {
            throw Problem.invalidField("position", "beyond the chapter's length of " + study.chapter().durationSeconds() + " s");
        }
        Instant now = time.now();
        LocalDate day = time.today();
        LocalTime clock = time.nowLocal().toLocalTime();
        facts.ensure(beat.classId());
        try {
            // the answer is made after the commit: only then does a new beat have its id
            return commits.write(new Beat(learnerId, beat, idempotencyKey, study, positionMs, now, day, clock)).get();
        } catch (PersistenceException e) {
            throw Problem.conflict("another heartbeat of this learner was being recorded at the same moment; resend this one");
        }
    }

    /** A validated beat waiting for its group commit. */
    private record Beat(long learnerId, Heartbeat beat, String key, StudyGate.Study study, long positionMs, Instant now, LocalDate day,
            LocalTime clock) {
    }

    @Deactivate
    void stop() throws InterruptedException {
        commits.close();
    }

    /**
     * Judges and writes one beat in the batch's transaction; the answer is made once the batch committed. Issue 19: a plain
     * beat is not flushed on its own — the batch is flushed once, at its commit, so the rows of every learner are found by id
     * in the shared cache (after a flush EclipseLink reads a changed entity class from the database for the rest of the
     * transaction) and each entity's changes are computed once.
     */
    private Supplier<HeartbeatResult> record(EntityManager em, long learnerId, Heartbeat beat, String key, StudyGate.Study study,
            long positionMs, Instant now, LocalDate day, LocalTime clock) {
        long classId = beat.classId();
        StreamEntity stream = em.find(StreamEntity.class, learnerId);
        if (stream == null) {
            stream = new StreamEntity(learnerId);
            em.persist(stream);
        }
        boolean ownInBatch = !inBatch.add(learnerId);
        if (!ownInBatch && (stream.otherStreamLive(beat.streamId(), now, LIVE_STREAM_MS) || stream.replays(beat.streamId(), beat.sequence()))
                && em.contains(stream)) {
            // issue 20: a C-4 refusal or a C-30 replay writes nothing, so no version check would catch a stale copy — another
            // node may have taken this learner's beats since: they are judged on the row as the database has it
            em.refresh(stream);
        }
        if (stream.otherStreamLive(beat.streamId(), now, LIVE_STREAM_MS)) {
            throw Problem.ruleViolated("C-4", "another device or tab is studying for this learner; one study stream at a time (BJ Q71)");
        }
        if (stream.replays(beat.streamId(), beat.sequence())) {
            HeartbeatResult replayed = duplicate(em, learnerId, study, day);
            return () -> replayed;
        }
        Map<Long, ChapterProgressEntity> courseRows = courseRows(em, learnerId, classId, study);
        ChapterProgressEntity chapter = courseRows.get(study.chapter().id());
        boolean continuing = stream.continues(beat.streamId(), classId, beat.chapterId(), now);
        long elapsed = continuing ? stream.elapsedMs(now) : 0;
        long previous = continuing ? stream.lastPositionMs() : positionMs;
        CreditingRules rules = study.rules();
        Crediting.Outcome outcome = Crediting.earn(continuing, elapsed, previous, positionMs, chapter.furthestMs(), study.chapterMs(),
                beat.playbackRate(), !Boolean.FALSE.equals(beat.visible()), rules != null && rules.forwardSeekOnFirstPass());
        DayRows today = DayRows.of(memory.dayRows(em, learnerId, day), learnerId, classId, beat.courseId(), study.cls().policy(), day);
        long creditedToday = today.creditedMs();
        ChallengeEntity pending = rules != null && rules.popupQuestions() ? memory.openChallenge(em, learnerId, classId) : null;
        String absent = rules == null || outcome.earnedMs() == 0 ? null
                : Presence.missing(em, rules, learnerId, classId, day, clock, now);
        Credit credit = Challenges.disqualified(em, learnerId, classId)
                ? new Credit(0, 0, "C-38: the learner is disqualified in this class; nothing more is credited")
                : pending != null && outcome.earnedMs() > 0
                        ? new Credit(0, 0, "C-38: answer the pop-up question before study is credited again")
                        : absent != null ? new Credit(0, 0, absent) : credit(outcome, rules, study, creditedToday, day, clock);
        if (credit.credited() > 0 && counted.add(classId)) {
            ClassFacts.changed(em, classId); // the class's coverage changes: its kept standings are read again (issue 19)
        }
        chapter.credit(credit.credited(), study.chapterMs(), now);
        DayLedgerEntity dayRow = today.row(em, memory);
        dayRow.add(credit.credited(), credit.capped());
        stream.advance(beat.streamId(), beat.sequence(), now, classId, beat.chapterId(), positionMs);
        // issue 19: the course's percent from its chapter rows already in hand (this beat's credit included), so the fact
        // is written once, whole — no query after a flush and no second write of the beat
        Map<Long, Long> furthest = new HashMap<>();
        courseRows.values().forEach(r -> furthest.put(r.chapterId(), r.furthestMs()));
        BeatEntity fact = new BeatEntity(learnerId, classId, beat.courseId(), beat.chapterId(), beat.streamId(), beat.sequence(),
                positionMs, beat.playbackRate(), !Boolean.FALSE.equals(beat.visible()), beat.clientTime(), now, day);
        fact.judge(elapsed, outcome.earnedMs(), credit.credited(), credit.capped(),
                outcome.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), credit.note());
        fact.progressAfter(chapter.furthestMs(), study.chapterMs(), Progress.Coverage.of(study.course(), furthest).percent(),
                creditedToday + credit.credited());
        em.persist(fact);
        boolean needsId = key != null || outcome.flags().stream().anyMatch(StudyFlag::antiCheat);
        if (needsId) {
            flush(em); // the fact's id, for its anti-cheat events and the idempotency key
        }
        for (StudyFlag flag : outcome.flags()) {
            if (flag.antiCheat()) {
                em.persist(new StudyEventEntity(learnerId, classId, flag.name(), fact.id(), now,
                        "position " + positionMs + " ms after " + previous + " ms, " + elapsed + " ms of wall clock, rate "
                                + beat.playbackRate()));
            }
        }
        if (key != null) {
            em.persist(new IdempotentAnswerEntity(learnerId, key, fact.id(), now));
        }
        if (pending == null && rules != null && rules.popupQuestions() && stream.challengeDue(credit.credited(), POPUP_EVERY_MS)) {
            pending = challenges.issue(em, learnerId, classId, study.course(), now);
            memory.issued(learnerId, classId, pending);
        }
        if (needsId) {
            // this beat flushed once already: a later flush in the batch would compare every entity managed so far, so
            // the batch's entities are written now and let go (their ids are in the memory; the shared cache gets them at
            // the commit: eclipselink.flush-clear.cache=Merge)
            flush(em);
            em.clear();
        }
        ChallengeEntity question = pending;
        return () -> question == null ? fact.toResult() : withChallenge(fact.toResult(), question.toChallenge());
    }

    /** Writes the batch so far; the rows it created get their ids. */
    private void flush(EntityManager em) {
        em.flush();
        memory.identified();
    }

    /** C-33, C-34, C-42: what of the earned time is credited under the class policy's cap, windows and end dates. */
    private static Credit credit(Crediting.Outcome outcome, CreditingRules rules, StudyGate.Study study, long creditedToday,
            LocalDate day, LocalTime clock) {
        long earned = outcome.earnedMs();
        if (rules == null) {
            return new Credit(0, 0, "policy '" + study.cls().policy() + "' is not deployed: the beat is kept, nothing is credited");
        }
        if (study.closed() && !rules.creditAfterClose()) {
            return new Credit(0, 0, "C-34: the class is closed; review is not credited");
        }
        // C-42: the class's end date (结课, C-20) and the policy's window (BJ-18, seed 000 Q11) end crediting
        LocalDate classEnd = study.cls().endDate();
        if (classEnd != null && day.isAfter(classEnd)) {
            return new Credit(0, 0, "C-42: the class ended on " + classEnd + " (结课); study after it is not credited");
        }
        if (rules.creditUntil() != null && day.isAfter(rules.creditUntil())) {
            return new Credit(0, 0, "C-42: training under policy '" + study.cls().policy() + "' ended on " + rules.creditUntil()
                    + "; study after it is not credited");
        }
        if (earned > 0 && !rules.windows().isEmpty() && rules.windows().stream().noneMatch(w -> w.contains(clock))) {
            return new Credit(0, earned, "C-33: outside the class's study hours " + rules.windows());
        }
        if (rules.dailyCapMinutes() > 0) {
            long left = Math.max(0, rules.dailyCapMinutes() * 60_000L - creditedToday);
            if (earned > left) {
                return new Credit(left, earned - left, "C-33: the daily limit of " + rules.dailyCapMinutes()
                        + " minutes is reached; the rest is kept, not credited");
            }
        }
        return new Credit(earned, 0, outcome.note());
    }

    private static HeartbeatResult withChallenge(HeartbeatResult r, org.hourglass.api.records.Challenge c) {
        return new HeartbeatResult(r.beatId(), r.creditedSeconds(), r.cappedSeconds(), r.flags(), r.note(), r.furthestSeconds(),
                r.chapterSeconds(), r.chapterPercent(), r.coursePercent(), r.creditedTodaySeconds(), c);
    }

    /** A replayed sequence: the current figures, nothing written. */
    private HeartbeatResult duplicate(EntityManager em, long learnerId, StudyGate.Study study, LocalDate day) {
        flush(em); // its figures are read by queries: they must see the beats of this batch before it
        long today = creditedOn(em, learnerId, study.cls().id(), study.cls().policy(), day);
        long furthest = em.createQuery("select c.furthestMs from ChapterProgressEntity c where c.learnerId = :l and c.classId = :c "
                + "and c.chapterId = :h", Long.class).setParameter("l", learnerId).setParameter("c", study.cls().id())
                .setParameter("h", study.chapter().id()).getResultStream().findFirst().orElse(0L);
        return new HeartbeatResult(0, Millis.seconds(0), Millis.seconds(0), List.of(StudyFlag.DUPLICATE.name()),
                "C-30: this sequence was already accepted on this stream; nothing is credited twice",
                Millis.seconds(furthest), Millis.seconds(study.chapterMs()),
                Millis.percent(furthest, study.chapterMs()), Progress.coursePercent(em, learnerId, study.cls().id(), study.course()), Millis.seconds(today), null);
    }

    private Optional<HeartbeatResult> replay(long learnerId, String key) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select i from IdempotentAnswerEntity i where i.learnerId = :l and i.key = :k", IdempotentAnswerEntity.class)
                .setParameter("l", learnerId).setParameter("k", key).getResultStream().findFirst()
                .map(i -> em.find(BeatEntity.class, i.beatId()).toResult()));
    }

    /**
     * The learner's chapter rows of the beat's course in the class, by chapter id, the beat's chapter among them (created on
     * its first beat). One look-up serves both the chapter's coverage and the course's percent; the writer's memory finds
     * them by id (issue 19).
     */
    private Map<Long, ChapterProgressEntity> courseRows(EntityManager em, long learnerId, long classId, StudyGate.Study study) {
        Map<Long, ChapterProgressEntity> rows = memory.courseRows(em, learnerId, classId, study.course().id());
        rows.computeIfAbsent(study.chapter().id(), chapterId -> firstBeatOn(em, learnerId, classId, study));
        return rows;
    }

    /** The first beat on a chapter: the course must be one the learner takes (JS-4), its earlier chapters watched (C-12). */
    private ChapterProgressEntity firstBeatOn(EntityManager em, long learnerId, long classId, StudyGate.Study study) {
        List<CourseView> taken = gate.requireTaken(study.cls(), study.pkg(), learnerId, study.course().id());
        if (study.pkg().playInOrder()) {
            flush(em); // the query must see this batch's earlier beats of the learner
            PlayOrder.requireEarlierWatched(em, learnerId, classId, study, taken);
        }
        ChapterProgressEntity row = new ChapterProgressEntity(learnerId, classId, study.course().id(), study.chapter().id(),
                study.chapterMs());
        em.persist(row);
        memory.created(learnerId, row, classId, study.course().id());
        return row;
    }

    /**
     * C-33 / BJ-19 (seed 000 Q69 "每天最多计8学时" caps the learner's day): credited milliseconds of the learner on the local day
     * over all his classes of the class's policy (rows written before the policy was kept count for their own class).
     */
    static long creditedOn(EntityManager em, long learnerId, long classId, String policy, LocalDate day) {
        Long sum = em.createQuery("select sum(d.creditedMs) from DayLedgerEntity d where d.learnerId = :l and d.day = :d "
                + "and (d.policy = :p or d.classId = :c)", Long.class).setParameter("l", learnerId).setParameter("c", classId)
                .setParameter("p", policy).setParameter("d", day).getSingleResult();
        return sum == null ? 0 : sum;
    }
}
