package org.hourglass.bench.tool;

import java.io.PrintStream;

/**
 * Where the tool's figures go: standard output, because the report IS this command-line tool's output (the
 * scripts tee it into benchmarks/results/). Usage errors go to standard error. Nothing else in the tool prints.
 */
final class Report {
    private static final PrintStream OUT = System.out;
    private static final PrintStream ERR = System.err;

    private Report() {
    }

    static void line(String text) {
        OUT.println(text);
    }

    static void line(String format, Object... args) {
        OUT.println(String.format(format, args));
    }

    /**
     * One goal of issue 19, on one line that starts with {@code GOAL}: the scripts repeat these lines last, so one run says
     * pass or fail for every goal.
     */
    static void goal(boolean met, String goal, String measured) {
        OUT.println("GOAL " + (met ? "MET   " : "MISSED") + " " + goal + ": " + measured);
    }

    static void usage(String text) {
        ERR.println(text);
    }
}
