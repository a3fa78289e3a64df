package org.hourglass.catalog.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.hourglass.api.catalog.PaperPurpose;
import org.hourglass.persistence.UtcInstant;

/**
 * A paper (C-13). Its questions are stored with it as an immutable text block (one question per line,
 * fields separated by U+001F), written once at creation: a paper in use never changes under an exam.
 */
@Entity
@Table(name = "CAT_PAPER", indexes = @javax.persistence.Index(name = "CAT_PAPER_COURSE", columnList = "COURSE_ID"))
public class PaperEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 100)
    private String title;

    @Lob
    @Column(name = "QUESTIONS", nullable = false)
    private String questions;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    /** C-14: null in rows stored before pools = an exam paper. */
    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", length = 20)
    private PaperPurpose purpose;

    /** The course a practice pool or mock exam belongs to. */
    @Column(name = "COURSE_ID")
    private Long courseId;

    protected PaperEntity() {
    }

    PaperEntity(String title, String questions, Instant createdAt, PaperPurpose purpose, Long courseId) {
        this.title = title;
        this.questions = questions;
        this.createdAt = createdAt;
        this.purpose = purpose;
        this.courseId = courseId;
    }

    PaperPurpose purpose() {
        return purpose == null ? PaperPurpose.EXAM : purpose;
    }

    Long courseId() {
        return courseId;
    }

    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    String questions() {
        return questions;
    }

    Instant createdAt() {
        return createdAt;
    }
}
