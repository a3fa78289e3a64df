package org.hourglass.api.policy;

import java.util.List;

/**
 * How the records bundle turns heartbeats of a class into credited time. Records are facts; these
 * parameters only decide what part of them is credited, so a change of rules never rewrites facts.
 *
 * @param minutesPerClassHour  length of one class hour (C-11: 45 unless configured; C-12 per package)
 * @param dailyCapMinutes      credited minutes per learner per local day; 0 = no cap (C-33, BJ-19: 480)
 * @param windows              allowed times of day; empty = all day (C-33, IN-2)
 * @param forwardSeekOnFirstPass whether the first pass may seek past the furthest point watched (C-31: false)
 * @param creditAfterClose     whether study after the class closed is credited (C-34: always false in the seeds)
 * @param reviewAfterClose     whether learners may still re-watch after close, uncredited (C-34, IN-2)
 * @param popupQuestions       pop-up questions pause credit until answered (C-38, JS-5)
 * @param signInsPerDay        0, 1 or 2 daily sign-ins (C-38, IN-2)
 * @param photoEveryMinutes    photo capture period; 0 = none (C-38, IN-2)
 */
public record CreditingRules(int minutesPerClassHour, int dailyCapMinutes, List<StudyWindow> windows,
        boolean forwardSeekOnFirstPass, boolean creditAfterClose, boolean reviewAfterClose, boolean popupQuestions,
        int signInsPerDay, int photoEveryMinutes) {
    public CreditingRules {
        windows = List.copyOf(windows);
    }
}
