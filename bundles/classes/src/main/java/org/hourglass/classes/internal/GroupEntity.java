package org.hourglass.classes.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.api.classes.GroupView;

/** A study group inside a class (学习小组, C-22, BJ Q24). */
@Entity
@Table(name = "CLS_GROUP", uniqueConstraints = @UniqueConstraint(name = "CLS_GROUP_UQ", columnNames = {"CLASS_ID", "NAME"}))
public class GroupEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "NAME", nullable = false, length = 50)
    private String name;

    protected GroupEntity() {
    }

    GroupEntity(long classId, String name) {
        this.classId = classId;
        this.name = name;
    }

    Long id() {
        return id;
    }

    long classId() {
        return classId;
    }

    GroupView toView(int members) {
        return new GroupView(id, classId, name, members);
    }
}
