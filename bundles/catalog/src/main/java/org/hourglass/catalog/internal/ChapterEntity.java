package org.hourglass.catalog.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hourglass.api.catalog.ChapterKind;
import org.hourglass.api.catalog.ChapterView;

/** A chapter of a course, in position order, with its duration (C-10). */
@Entity
@Table(name = "CAT_CHAPTER")
public class ChapterEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "COURSE_ID", nullable = false)
    private long courseId;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "TITLE", nullable = false, length = 100)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private ChapterKind kind;

    @Column(name = "DURATION_SECONDS", nullable = false)
    private int durationSeconds;

    protected ChapterEntity() {
    }

    ChapterEntity(long courseId, int position, String title, ChapterKind kind, int durationSeconds) {
        this.courseId = courseId;
        this.position = position;
        this.title = title;
        this.kind = kind;
        this.durationSeconds = durationSeconds;
    }

    ChapterView toView() {
        return new ChapterView(id, position, title, kind, durationSeconds);
    }
}
