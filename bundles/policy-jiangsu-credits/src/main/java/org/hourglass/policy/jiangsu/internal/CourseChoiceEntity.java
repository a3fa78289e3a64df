package org.hourglass.policy.jiangsu.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.persistence.UtcInstant;

/** JS-4 "确认选中的课程": a professional or elective course a learner chose in a class. */
@Entity
@Table(name = "JS_COURSE_CHOICE", uniqueConstraints = @UniqueConstraint(name = "JS_COURSE_CHOICE_ONCE", columnNames = {"CLASS_ID",
        "LEARNER_ID", "COURSE_ID"}), indexes = @Index(name = "JS_COURSE_CHOICE_CLASS", columnList = "CLASS_ID"))
public class CourseChoiceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "COURSE_ID", nullable = false)
    private long courseId;

    @Column(name = "CHOSEN_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant chosenAt;

    protected CourseChoiceEntity() {
    }

    CourseChoiceEntity(long classId, long learnerId, long courseId, Instant chosenAt) {
        this.classId = classId;
        this.learnerId = learnerId;
        this.courseId = courseId;
        this.chosenAt = chosenAt;
    }
}
