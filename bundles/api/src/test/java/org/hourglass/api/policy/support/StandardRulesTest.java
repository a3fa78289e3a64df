package org.hourglass.api.policy.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Completion;
import org.hourglass.api.policy.CourseStanding;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.policy.ExamRequest;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.policy.LeaveRequest;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.quantity.Hours;
import org.junit.Test;

/** The rule pieces every policy shares, named for the rules they carry. */
public class StandardRulesTest {
    private static final ClassContext CLS = new ClassContext(1, "x", "X", new Party(PartyKind.ORGANIZATION, 1L, null),
            LocalDate.of(2026, 1, 1), null, "OPEN", 1, 10, Map.of());

    @Test
    public void c25_theBoundaryIsThePolicysChoice() {
        // seed 000 Q27 "不足10分钟" vs Q30 "超过10分钟则无法删除": they disagree at exactly 10:00
        LeaveRequest exactlyTen = new LeaveRequest(CLS, 7, 600, Instant.EPOCH);
        assertFalse(StandardRules.removal(exactlyTen, 10, StandardRules.Boundary.UNDER).allowed());
        assertTrue(StandardRules.removal(exactlyTen, 10, StandardRules.Boundary.AT_MOST).allowed());
        assertEquals("C-25", StandardRules.removal(new LeaveRequest(CLS, 7, 601, Instant.EPOCH), 10, StandardRules.Boundary.AT_MOST).ruleId());
    }

    @Test
    public void c35_theExamOpensAtFullProgress() {
        assertFalse(StandardRules.examAfterFullProgress(new ExamRequest(CLS, 7, 3L, 99, 0, Instant.EPOCH)).allowed());
        assertTrue(StandardRules.examAfterFullProgress(new ExamRequest(CLS, 7, 3L, 100, 0, Instant.EPOCH)).allowed());
    }

    @Test
    public void c37_watchedExaminedAndPassedAllThree_offlineCounts_disqualifiedHasNone() {
        LearnerStanding s = new LearnerStanding(7, List.of(
                new CourseStanding(1, CourseType.FREE_ON_DEMAND, Hours.ofTenths(103), 100, 60),
                new CourseStanding(2, CourseType.PAID_ON_DEMAND, Hours.ofTenths(158), 100, 59),
                new CourseStanding(3, CourseType.PAID_ON_DEMAND, Hours.ofWhole(5), 99, 90),
                new CourseStanding(4, CourseType.OWN_RECORDED, Hours.ofWhole(2), 100, null)), 80, null, Hours.ofWhole(3), false);
        Completion c = StandardRules.effectiveHours(s, 60);
        assertEquals(java.util.Set.of(1L), c.effectiveCourseIds());
        assertEquals(Hours.ofTenths(103), c.effectiveHoursByType().get(CourseType.FREE_ON_DEMAND));
        assertEquals(Hours.ofWhole(3), c.effectiveHoursByType().get(CourseType.OFFLINE));
        assertFalse(c.classCompleted());
        LearnerStanding cheated = new LearnerStanding(7, s.courses(), 80, null, Hours.ofWhole(3), true);
        assertTrue(StandardRules.effectiveHours(cheated, 60).effectiveHoursByType().isEmpty());
    }

    @Test
    public void c12_aPackageThatRequiresItsExamCompletesOnlyWithTheClassExamPassed() {
        List<CourseStanding> watched = List.of(new CourseStanding(1, CourseType.FREE_ON_DEMAND, Hours.ofWhole(2), 100, 80));
        assertTrue(StandardRules.effectiveHours(new LearnerStanding(7, watched, 100, null, Hours.ZERO, false, false), 60).classCompleted());
        assertFalse(StandardRules.effectiveHours(new LearnerStanding(7, watched, 100, null, Hours.ZERO, false, true), 60).classCompleted());
        assertFalse(StandardRules.effectiveHours(new LearnerStanding(7, watched, 100, 59, Hours.ZERO, false, true), 60).classCompleted());
        assertTrue(StandardRules.effectiveHours(new LearnerStanding(7, watched, 100, 60, Hours.ZERO, false, true), 60).classCompleted());
    }
}
