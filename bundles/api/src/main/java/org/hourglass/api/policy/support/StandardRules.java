package org.hourglass.api.policy.support;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hourglass.api.policy.Completion;
import org.hourglass.api.policy.CourseStanding;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.policy.Decision;
import org.hourglass.api.policy.ExamRequest;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.policy.LeaveRequest;
import org.hourglass.api.quantity.Hours;

/**
 * The rule pieces most policies share, written once: C-25 removal, C-35 exam after full progress, C-37 effective
 * hours. A policy calls them from its hooks and adds its own rules around them.
 */
public final class StandardRules {
    /** C-36: the pass mark of every seed. */
    public static final int PASS_MARK = 60;

    private StandardRules() {
    }

    /**
     * Where the C-25 limit itself falls. Seed 000 Q27 says "不足10分钟" (under 10 minutes may leave), Q30 "超过10分钟则无法删除"
     * (over 10 minutes may not): they disagree at exactly the limit, so the policy says which it follows.
     */
    public enum Boundary {
        /** Removal only while studied time is strictly under the limit (Q27). */
        UNDER,
        /** Removal while studied time is at most the limit (Q30). */
        AT_MOST
    }

    /** C-25: a learner (or a task) leaves a class only while under (or at most) {@code minutes} were studied in it. */
    public static Decision removal(LeaveRequest request, int minutes, Boundary boundary) {
        long limit = minutes * 60L;
        boolean allowed = boundary == Boundary.UNDER ? request.studiedSeconds() < limit : request.studiedSeconds() <= limit;
        if (allowed) {
            return Decision.allow();
        }
        String who = request.learnerId() == 0 ? "a learner of the task's course has studied " : "the learner has studied ";
        return Decision.refuse("C-25", who + request.studiedSeconds() / 60 + " minutes; removal only "
                + (boundary == Boundary.UNDER ? "under " : "up to ") + minutes + " minutes");
    }

    /** C-35: an exam opens when its course (or, for a class exam, the class) is 100 % watched. */
    public static Decision examAfterFullProgress(ExamRequest request) {
        if (request.progressPercent() >= 100) {
            return Decision.allow();
        }
        return Decision.refuse("C-35", "the exam opens when the " + (request.courseId() == null ? "class" : "course")
                + " is 100 % watched; it is " + request.progressPercent() + " %");
    }

    /**
     * C-37 (BJ Q6, Q39): a course's hours become effective when it is 100 % watched AND examined AND its best score
     * reaches {@code passMark} — all three; effective hours are summed per course type at one decimal (BJ-5); hours
     * the policy recognised outside the records ({@link LearnerStanding#offlineHours}, BJ-13) count as
     * {@link CourseType#OFFLINE}; a disqualified learner (C-38) has none. The class is completed, and a certificate
     * due (C-40), when every course is effective and, where the package requires it (C-12), the class exam is passed.
     */
    public static Completion effectiveHours(LearnerStanding standing, int passMark) {
        Set<Long> effective = new HashSet<>();
        Map<CourseType, Hours> hours = new EnumMap<>(CourseType.class);
        if (!standing.disqualified()) {
            for (CourseStanding c : standing.courses()) {
                if (c.watchedPercent() >= 100 && c.examTaken() && c.bestScore() >= passMark) {
                    effective.add(c.courseId());
                    hours.merge(c.type(), c.hours(), Hours::plus);
                }
            }
            if (standing.offlineHours().compareTo(Hours.ZERO) > 0) {
                hours.merge(CourseType.OFFLINE, standing.offlineHours(), Hours::plus);
            }
        }
        // C-12: where the package requires its exam, completing the class needs that exam passed as well
        boolean classExam = !standing.classExamRequired()
                || (standing.classExamBestScore() != null && standing.classExamBestScore() >= passMark && !standing.disqualified());
        boolean all = !standing.courses().isEmpty() && effective.size() == standing.courses().size() && classExam;
        return new Completion(effective, hours, all, all);
    }
}
