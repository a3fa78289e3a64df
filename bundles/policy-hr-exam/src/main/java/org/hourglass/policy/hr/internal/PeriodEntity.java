package org.hourglass.policy.hr.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.persistence.UtcInstant;

/** An exam period (第 N 期): its number, its exam day and the instructions candidates get when they register (HR-2). */
@Entity
@Table(name = "HR_PERIOD", uniqueConstraints = {@UniqueConstraint(name = "HR_PERIOD_NUMBER", columnNames = "NUMBER_NO"),
        @UniqueConstraint(name = "HR_PERIOD_EXAM_DATE", columnNames = "EXAM_DATE")})
public class PeriodEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NUMBER_NO", nullable = false)
    private int number;

    @Column(name = "EXAM_DATE", nullable = false)
    private LocalDate examDate;

    @Column(name = "INSTRUCTIONS", nullable = false, length = 2000)
    private String instructions;

    /** HR-5: the catalogue papers whose questions make the bank, comma-separated ids. */
    @Column(name = "BANK_PAPERS", length = 1000)
    private String bankPapers;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected PeriodEntity() {
    }

    PeriodEntity(int number, LocalDate examDate, String instructions, java.util.List<Long> bank, Instant createdAt) {
        this.number = number;
        this.bankPapers = String.join(",", bank.stream().map(String::valueOf).toList());
        this.examDate = examDate;
        this.instructions = instructions;
        this.createdAt = createdAt;
    }

    LocalDate examDate() {
        return examDate;
    }

    java.util.List<Long> bank() {
        return bankPapers == null || bankPapers.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(bankPapers.split(",")).map(Long::valueOf).toList();
    }

    Periods.Period toView() {
        return new Periods.Period(id, number, examDate, instructions, bank());
    }
}
