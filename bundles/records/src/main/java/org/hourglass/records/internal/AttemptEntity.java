package org.hourglass.records.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;
import org.hourglass.persistence.UtcInstant;

/** One exam attempt with its saved answers and, once finished, its score (C-35, C-36, C-39). */
@Entity
@Table(name = "REC_ATTEMPT", indexes = {@Index(name = "REC_ATTEMPT_LEARNER", columnList = "LEARNER_ID,CLASS_ID"),
        // covers the whole-class best-score query of a settlement (issue 7)
        @Index(name = "REC_ATTEMPT_CLASS", columnList = "CLASS_ID,PRACTICE,LEARNER_ID,COURSE_ID,SCORE"),
        // the sweep of expired, unsubmitted attempts before a class's standings are read
        @Index(name = "REC_ATTEMPT_OPEN", columnList = "CLASS_ID,SUBMITTED_AT,DEADLINE")})
public class AttemptEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "COURSE_ID")
    private Long courseId;

    @Column(name = "PAPER_ID", nullable = false)
    private long paperId;

    @Column(name = "PRACTICE", nullable = false)
    private boolean practice;

    @Convert(converter = UtcInstant.class)
    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "DEADLINE", nullable = false)
    private Instant deadline;

    @Convert(converter = UtcInstant.class)
    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    /** Per question the chosen option indices, "0,2;1;;3" (an empty entry is unanswered). */
    @Column(name = "ANSWERS", length = 4000)
    private String answers;

    @Column(name = "SCORE")
    private Integer score;

    /** C-14: PRACTICE or MOCK_EXAM for practice attempts; null for exams (and practice stored before pools). */
    @Column(name = "PURPOSE", length = 20)
    private String purpose;

    /** C-14: the pool's questions drawn for this practice, in the order shown ("7,2,11"); null = the whole paper. */
    @Column(name = "DRAWN", length = 1000)
    private String drawn;

    /** C-14: the learner asked to see answers and explanations from the start (seed 002). */
    @Column(name = "SHOW_ANSWERS")
    private Boolean showAnswers;

    @Version
    private long version;

    protected AttemptEntity() {
    }

    AttemptEntity(long learnerId, long classId, Long courseId, long paperId, boolean practice, Instant startedAt, Instant deadline,
            int questions) {
        this.learnerId = learnerId;
        this.classId = classId;
        this.courseId = courseId;
        this.paperId = paperId;
        this.practice = practice;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.answers = ";".repeat(Math.max(0, questions - 1));
    }

    /** A practice attempt on a pool (C-14): {@code drawn} null = the whole paper. */
    static AttemptEntity practice(long learnerId, long classId, long courseId, long paperId, String purpose, List<Integer> drawn,
            int questions, boolean showAnswers, Instant startedAt, Instant deadline) {
        AttemptEntity a = new AttemptEntity(learnerId, classId, courseId, paperId, true, startedAt, deadline, questions);
        a.purpose = purpose;
        a.drawn = drawn == null ? null : String.join(",", drawn.stream().map(String::valueOf).toList());
        a.showAnswers = showAnswers;
        return a;
    }

    /** EXAM, PRACTICE or MOCK_EXAM. */
    String kind() {
        return purpose != null ? purpose : practice ? "PRACTICE" : "EXAM";
    }

    /** The paper's question indices this attempt shows, or null for the whole paper. */
    List<Integer> drawn() {
        return drawn == null || drawn.isEmpty() ? null : Arrays.stream(drawn.split(",")).map(Integer::valueOf).toList();
    }

    boolean showAnswers() {
        return Boolean.TRUE.equals(showAnswers);
    }

    Long id() {
        return id;
    }

    long learnerId() {
        return learnerId;
    }

    long classId() {
        return classId;
    }

    Long courseId() {
        return courseId;
    }

    long paperId() {
        return paperId;
    }

    boolean practice() {
        return practice;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant deadline() {
        return deadline;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Integer score() {
        return score;
    }

    boolean open(Instant now) {
        return submittedAt == null && now.isBefore(deadline);
    }

    boolean finished() {
        return submittedAt != null;
    }

    List<List<Integer>> answers() {
        List<List<Integer>> out = new ArrayList<>();
        for (String q : answers.split(";", -1)) {
            out.add(q.isEmpty() ? List.of() : Arrays.stream(q.split(",")).map(Integer::valueOf).toList());
        }
        return out;
    }

    void save(List<List<Integer>> sheet) {
        this.answers = String.join(";", sheet.stream().map(q -> String.join(",", q.stream().map(String::valueOf).toList())).toList());
    }

    /** Finished at {@code at} (submission, or the deadline when time ran out) with its score. */
    void finish(Instant at, int scored) {
        this.submittedAt = at;
        this.score = scored;
    }
}
