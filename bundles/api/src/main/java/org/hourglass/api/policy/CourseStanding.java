package org.hourglass.api.policy;

/**
 * One learner's facts on one course of a class, as aggregated by records.
 *
 * @param hours          the course's hours (C-11)
 * @param bestScore      null when no exam was taken
 */
public record CourseStanding(long courseId, CourseType type, org.hourglass.api.quantity.Hours hours,
        int watchedPercent, Integer bestScore) {
    public boolean examTaken() {
        return bestScore != null;
    }
}
