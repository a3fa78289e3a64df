package org.hourglass.catalog.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.quantity.Hours;
import org.hourglass.persistence.UtcInstant;

/**
 * One immutable version of a course package (C-12). Editing a package adds a version; a class keeps
 * the version it selected ("课程包修改后，已经使用课程包的班级均保持不变", seed 003).
 */
@Entity
@Table(name = "CAT_PACKAGE_VERSION", uniqueConstraints = @UniqueConstraint(name = "CAT_PACKAGE_VERSION_UQ",
        columnNames = {"PACKAGE_ID", "VERSION_NO"}))
public class PackageVersionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PACKAGE_ID", nullable = false)
    private long packageId;

    @Column(name = "VERSION_NO", nullable = false)
    private int versionNo;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "COURSE_IDS", nullable = false, length = 4000)
    private String courseIds;

    @Column(name = "PLAY_IN_ORDER", nullable = false)
    private boolean playInOrder;

    @Column(name = "MINUTES_PER_HOUR", nullable = false)
    private int minutesPerHour;

    @Column(name = "EXAM_REQUIRED", nullable = false)
    private boolean examRequired;

    @Column(name = "PAPER_ID")
    private Long paperId;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected PackageVersionEntity() {
    }

    PackageVersionEntity(long packageId, int versionNo, String name, List<Long> courseIds, boolean playInOrder, int minutesPerHour,
            boolean examRequired, Long paperId, Instant createdAt) {
        this.packageId = packageId;
        this.versionNo = versionNo;
        this.name = name;
        this.courseIds = courseIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.playInOrder = playInOrder;
        this.minutesPerHour = minutesPerHour;
        this.examRequired = examRequired;
        this.paperId = paperId;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long packageId() {
        return packageId;
    }

    int versionNo() {
        return versionNo;
    }

    /** The first version names the package after itself. */
    void becomePackage() {
        this.packageId = id;
    }

    List<Long> courseIds() {
        return Arrays.stream(courseIds.split(",")).map(Long::valueOf).toList();
    }

    int minutesPerHour() {
        return minutesPerHour;
    }

    PackageView toView(Hours hours) {
        return new PackageView(packageId, versionNo, name, courseIds(), playInOrder, minutesPerHour, examRequired, paperId, hours,
                createdAt);
    }
}
