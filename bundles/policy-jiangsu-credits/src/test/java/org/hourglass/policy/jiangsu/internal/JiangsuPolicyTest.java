package org.hourglass.policy.jiangsu.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.CourseStanding;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.policy.EnrolmentChannel;
import org.hourglass.api.policy.EnrolmentRequest;
import org.hourglass.api.policy.ExamScope;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.policy.OwnerFacts;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.support.ConfigurationStandIn;
import org.hourglass.api.quantity.Hours;
import org.junit.Test;

/** The policy's rules without a framework: its configuration stands in, its face-to-face table is a stub, facts by hand. */
public class JiangsuPolicyTest {
    private static final Party PROVIDER = new Party(PartyKind.INSTITUTION, 7L, "江苏某培训中心");
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private boolean faceToFace;
    private final JiangsuStore store = new JiangsuStore(null) {
        @Override
        boolean faceToFaceIn(long learnerId, int year) {
            return faceToFace && year == 2026;
        }

        @Override
        Map<Long, CourseCategoryEntity> categories(long classId) {
            return categories;
        }

        @Override
        Map<Long, java.util.Set<Long>> choices(long classId, java.util.Set<Long> learnerIds) {
            Map<Long, java.util.Set<Long>> out = new java.util.HashMap<>();
            learnerIds.forEach(l -> out.put(l, chosen));
            return out;
        }
    };
    private final Map<Long, CourseCategoryEntity> categories = new java.util.HashMap<>();
    private final java.util.Set<Long> chosen = new java.util.HashSet<>();
    private final JiangsuPolicy policy = new JiangsuPolicy(ConfigurationStandIn.of(JiangsuConfig.class, Map.of("classFee", "120.00")),
            store);

    private static ClassContext cls(String status, Map<String, String> settings) {
        return new ClassContext(42, JiangsuPolicy.CODE, "2026年度中级工网络班", PROVIDER, LocalDate.of(2026, 3, 1), null, status, 2, 30,
                settings);
    }

    private static final Map<String, String> CLASS_MODEL = Map.of("trainingYear", "2026", "grade", "INTERMEDIATE");
    private static final Map<String, String> COURSE_MODEL = Map.of("trainingYear", "2026", "grade", "中级工", "examModel", "COURSE");

    private static LearnerStanding learner(int progress, Integer classExam, Integer courseScore) {
        return new LearnerStanding(1, List.of(new CourseStanding(1, CourseType.FREE_ON_DEMAND, Hours.ofWhole(10), progress, courseScore)),
                progress, classExam, Hours.ZERO, false, classExam != null || courseScore == null);
    }

    private EnrolmentRequest enrol(ClassContext c) {
        return new EnrolmentRequest(c, 5, IdType.RESIDENT_ID, EnrolmentChannel.SELF_ENROL, 0, new OwnerFacts(PROVIDER, null, null, null), NOW);
    }

    @Test
    public void js2_js9_aLearnerEnrolsInAnOpenClassUnlessHeTookThatYearsFaceToFaceClass() {
        assertTrue(policy.mayEnrol(enrol(cls("OPEN", CLASS_MODEL))).allowed());
        assertEquals("JS-2", policy.mayEnrol(enrol(cls("PLANNED", CLASS_MODEL))).ruleId());
        faceToFace = true;
        assertEquals("JS-9", policy.mayEnrol(enrol(cls("OPEN", CLASS_MODEL))).ruleId());
        assertTrue("another year's class", policy.mayEnrol(enrol(cls("OPEN", Map.of("trainingYear", "2027", "grade", "SENIOR"))))
                .allowed());
    }

    @Test
    public void js2_aClassNamesItsTrainingYearAndGrade() {
        assertTrue(policy.validateSettings(cls("PLANNED", CLASS_MODEL)).isEmpty());
        assertEquals(List.of("settings.trainingYear", "settings.grade"), policy.validateSettings(cls("PLANNED", Map.of())).stream()
                .map(e -> e.field()).toList());
        assertEquals("settings.examModel", policy.validateSettings(cls("PLANNED", Map.of("trainingYear", "2026", "grade", "SENIOR",
                "examModel", "ORAL"))).get(0).field());
    }

    @Test
    public void js3_theEnrolmentFeeIsTheConfiguredOne() {
        assertEquals("120.00", policy.enrolmentFee(cls("OPEN", CLASS_MODEL)).toString());
    }

    @Test
    public void js6_js7_theClassModelCompletesAtFullProgressAndAPassedClassExam() {
        assertEquals(ExamScope.CLASS, policy.examRules(cls("OPEN", CLASS_MODEL)).scope());
        assertEquals(0, policy.examRules(cls("OPEN", CLASS_MODEL)).maxAttempts());
        assertTrue(policy.completion(cls("OPEN", CLASS_MODEL), learner(100, 60, null)).certificateEligible());
        assertFalse(policy.completion(cls("OPEN", CLASS_MODEL), learner(100, 59, null)).classCompleted());
        assertFalse(policy.completion(cls("OPEN", CLASS_MODEL), learner(99, 90, null)).classCompleted());
        assertEquals(Hours.ofWhole(10), policy.completion(cls("OPEN", CLASS_MODEL), learner(100, 60, null)).totalEffectiveHours());
    }

    @Test
    public void js6_theCourseModelCreditsEachCourseWhoseQuizReaches60() {
        assertEquals(ExamScope.COURSE, policy.examRules(cls("OPEN", COURSE_MODEL)).scope());
        assertTrue(policy.completion(cls("OPEN", COURSE_MODEL), learner(100, null, 60)).classCompleted());
        assertEquals(Hours.ZERO, policy.completion(cls("OPEN", COURSE_MODEL), learner(100, null, 50)).totalEffectiveHours());
    }

    @Test
    public void js4_publicCoursesAreEveryonesChosenOnesEachLearnersAndTheClassIsCompletedOnlyWithItsHoursChosen() {
        categories.put(2L, new CourseCategoryEntity(42, 2, CourseCategory.PROFESSIONAL, 10));
        categories.put(3L, new CourseCategoryEntity(42, 3, CourseCategory.ELECTIVE, 10));
        ClassContext c = cls("OPEN", Map.of("trainingYear", "2026", "grade", "SENIOR", "requiredHours.PROFESSIONAL", "1"));
        assertEquals(java.util.Set.of(1L, 4L), policy.coursesTaken(c, List.of(1L, 2L, 3L, 4L), java.util.Set.of(5L)).get(5L));
        assertFalse("professional hours not chosen", policy.completion(c, learner(100, 60, null)).classCompleted());
        chosen.add(2L);
        assertEquals(java.util.Set.of(1L, 2L, 4L), policy.coursesTaken(c, List.of(1L, 2L, 3L, 4L), java.util.Set.of(5L)).get(5L));
        assertTrue(policy.completion(c, learner(100, 60, null)).classCompleted());
        assertEquals("settings.requiredHours.ELECTIVE", policy.validateSettings(cls("PLANNED", Map.of("trainingYear", "2026", "grade",
                "SENIOR", "requiredHours.ELECTIVE", "many"))).get(0).field());
    }

    @Test
    public void js5_popUpQuestionsAreOn() {
        assertTrue(policy.creditingRules(cls("OPEN", CLASS_MODEL)).popupQuestions());
    }
}
