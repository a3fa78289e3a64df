package org.hourglass.catalog.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/**
 * A paper (C-13). Its questions are stored with it as an immutable text block (one question per line,
 * fields separated by U+001F), written once at creation: a paper in use never changes under an exam.
 */
@Entity
@Table(name = "CAT_PAPER")
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

    protected PaperEntity() {
    }

    PaperEntity(String title, String questions, Instant createdAt) {
        this.title = title;
        this.questions = questions;
        this.createdAt = createdAt;
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
