package org.hourglass.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.hourglass.api.catalog.ChapterView;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.quantity.Money;
import org.hourglass.persistence.UtcInstant;

/** A course (C-10); its chapters are {@link ChapterEntity} rows. */
@Entity
@Table(name = "CAT_COURSE")
public class CourseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 100)
    private String title;

    @Column(name = "PROVIDER", nullable = false, length = 100)
    private String provider;

    @Column(name = "CATEGORY", nullable = false, length = 50)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "COURSE_TYPE", nullable = false, length = 20)
    private CourseType type;

    @Column(name = "PRICE", precision = 12, scale = 2)
    private BigDecimal price;

    /** The institution that sells the course (issue 14 item 14); null for courses without a price. */
    @Column(name = "PROVIDER_ID")
    private Long providerId;

    /** The course's exam paper (C-35), if any. */
    @Column(name = "PAPER_ID")
    private Long paperId;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    @Version
    private long version;

    protected CourseEntity() {
    }

    CourseEntity(String title, String provider, Long providerId, String category, CourseType type, Money price, Instant createdAt) {
        this.title = title;
        this.provider = provider;
        this.providerId = providerId;
        this.category = category;
        this.type = type;
        this.price = price == null ? null : price.toBigDecimal();
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    void examPaper(Long paperId) {
        this.paperId = paperId;
    }

    CourseView toView(List<ChapterView> chapters) {
        int seconds = chapters.stream().mapToInt(ChapterView::durationSeconds).sum();
        return new CourseView(id, title, provider, category, type, price == null ? null : Money.of(price), seconds,
                CourseHours.of(seconds, CourseHours.DEFAULT_MINUTES_PER_HOUR), chapters, paperId, providerId);
    }
}
