package org.hourglass.classes.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hourglass.api.classes.TaskView;
import org.hourglass.persistence.UtcInstant;

/** A learning task: a course published to the whole class or one group (C-22), studyable from the class start date (C-23). */
@Entity
@Table(name = "CLS_TASK")
public class TaskEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "COURSE_ID", nullable = false)
    private long courseId;

    @Column(name = "GROUP_ID")
    private Long groupId;

    @Column(name = "PUBLISHED_BY", nullable = false)
    private long publishedBy;

    @Column(name = "PUBLISHED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant publishedAt;

    protected TaskEntity() {
    }

    TaskEntity(long classId, long courseId, Long groupId, long publishedBy, Instant publishedAt) {
        this.classId = classId;
        this.courseId = courseId;
        this.groupId = groupId;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    TaskView toView() {
        return new TaskView(id, classId, courseId, groupId, publishedAt);
    }

    long classId() {
        return classId;
    }

    long courseId() {
        return courseId;
    }

    Long groupId() {
        return groupId;
    }
}
