package org.hourglass.api.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * How the records bundle turns heartbeats of a class into credited time. Records are facts; these
 * parameters only decide what part of them is credited, so a change of rules never rewrites facts.
 * Build them with {@link #builder()}: every setting starts at the seeds' common default.
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
 * @param creditUntil          the last local day anything is credited under the policy (C-42, BJ-18: the policy's window
 *                             ends, seed 000 Q11); null = no end. The class's own end date (结课, C-20) applies as well.
 */
public record CreditingRules(int minutesPerClassHour, int dailyCapMinutes, List<StudyWindow> windows,
        boolean forwardSeekOnFirstPass, boolean creditAfterClose, boolean reviewAfterClose, boolean popupQuestions,
        int signInsPerDay, int photoEveryMinutes, java.time.LocalDate creditUntil) {
    /** Rules without an end of crediting (before C-42). */
    public CreditingRules(int minutesPerClassHour, int dailyCapMinutes, List<StudyWindow> windows, boolean forwardSeekOnFirstPass,
            boolean creditAfterClose, boolean reviewAfterClose, boolean popupQuestions, int signInsPerDay, int photoEveryMinutes) {
        this(minutesPerClassHour, dailyCapMinutes, windows, forwardSeekOnFirstPass, creditAfterClose, reviewAfterClose, popupQuestions,
                signInsPerDay, photoEveryMinutes, null);
    }

    public CreditingRules {
        if (minutesPerClassHour < 1 || dailyCapMinutes < 0 || signInsPerDay < 0 || signInsPerDay > 2 || photoEveryMinutes < 0) {
            throw new IllegalArgumentException("crediting rules out of range: hour " + minutesPerClassHour + " min, cap "
                    + dailyCapMinutes + " min, sign-ins " + signInsPerDay + ", photo every " + photoEveryMinutes + " min");
        }
        windows = List.copyOf(windows);
    }

    /**
     * Starts from the seeds' defaults: 45-minute class hours (C-11), no daily cap, all day, no forward seek on the
     * first pass (C-31), nothing credited after close but review allowed (C-34), no pop-ups, sign-ins or photos.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction of {@link CreditingRules}. */
    public static final class Builder {
        private int minutesPerClassHour = 45;
        private int dailyCapMinutes;
        private final List<StudyWindow> windows = new ArrayList<>();
        private boolean forwardSeek;
        private boolean creditAfterClose;
        private boolean reviewAfterClose = true;
        private boolean popupQuestions;
        private int signInsPerDay;
        private int photoEveryMinutes;
        private java.time.LocalDate creditUntil;

        private Builder() {
        }

        public Builder minutesPerClassHour(int minutes) {
            this.minutesPerClassHour = minutes;
            return this;
        }

        /** C-33: credited minutes per learner and local day; 0 = no cap. */
        public Builder dailyCapMinutes(int minutes) {
            this.dailyCapMinutes = minutes;
            return this;
        }

        public Builder dailyCapHours(int hours) {
            return dailyCapMinutes(hours * 60);
        }

        public Builder window(StudyWindow window) {
            this.windows.add(window);
            return this;
        }

        public Builder windows(List<StudyWindow> all) {
            this.windows.clear();
            this.windows.addAll(all);
            return this;
        }

        public Builder forwardSeekOnFirstPass(boolean allowed) {
            this.forwardSeek = allowed;
            return this;
        }

        public Builder creditAfterClose(boolean credited) {
            this.creditAfterClose = credited;
            return this;
        }

        public Builder reviewAfterClose(boolean allowed) {
            this.reviewAfterClose = allowed;
            return this;
        }

        public Builder popupQuestions(boolean on) {
            this.popupQuestions = on;
            return this;
        }

        public Builder signInsPerDay(int count) {
            this.signInsPerDay = count;
            return this;
        }

        public Builder photoEveryMinutes(int minutes) {
            this.photoEveryMinutes = minutes;
            return this;
        }

        /** C-42: nothing is credited after this local day (the policy's window ends, BJ-18); null = no end. */
        public Builder creditUntil(java.time.LocalDate lastDay) {
            this.creditUntil = lastDay;
            return this;
        }

        public CreditingRules build() {
            return new CreditingRules(minutesPerClassHour, dailyCapMinutes, windows, forwardSeek, creditAfterClose, reviewAfterClose,
                    popupQuestions, signInsPerDay, photoEveryMinutes, creditUntil);
        }
    }
}
