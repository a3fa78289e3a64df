package org.hourglass.policy.jiangsu.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** JS-4: a course's category in one class, with its class hours (from the package) kept for the hooks' sums. */
@Entity
@Table(name = "JS_COURSE_CATEGORY", uniqueConstraints = @UniqueConstraint(name = "JS_COURSE_CATEGORY_ONCE", columnNames = {"CLASS_ID",
        "COURSE_ID"}))
public class CourseCategoryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "COURSE_ID", nullable = false)
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, length = 20)
    private CourseCategory category;

    @Column(name = "HOURS_TENTHS", nullable = false)
    private long hoursTenths;

    protected CourseCategoryEntity() {
    }

    CourseCategoryEntity(long classId, long courseId, CourseCategory category, long hoursTenths) {
        this.classId = classId;
        this.courseId = courseId;
        this.category = category;
        this.hoursTenths = hoursTenths;
    }

    long courseId() {
        return courseId;
    }

    CourseCategory category() {
        return category;
    }

    long hoursTenths() {
        return hoursTenths;
    }

    void set(CourseCategory category, long hoursTenths) {
        this.category = category;
        this.hoursTenths = hoursTenths;
    }
}
