package org.hourglass.records.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * How many times a class's settled facts changed (issue 19): every transaction that changes a learner's chapter coverage,
 * a scored exam attempt or a disqualification in the class adds one, in the same transaction. A class's standings read
 * once are kept while this count stays the same ({@link StandingsReader}); it lives in the database, so it holds on a
 * cluster too.
 */
@Entity
@Table(name = "REC_CLASS_FACTS")
public class ClassFactsEntity {
    @Id
    @Column(name = "CLASS_ID")
    private Long classId;

    @Column(name = "CHANGES", nullable = false)
    private long changes;

    protected ClassFactsEntity() {
    }

    ClassFactsEntity(long classId) {
        this.classId = classId;
    }
}
