package org.hourglass.api.catalog;

/** An automatic score out of 100 (C-13) and whether it passes (C-36: 60 inclusive). */
public record ScoreView(int score, boolean passed) {
    public static final int PASS_MARK = 60;
}
