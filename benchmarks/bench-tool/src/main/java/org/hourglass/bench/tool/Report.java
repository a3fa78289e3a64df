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

    static void usage(String text) {
        ERR.println(text);
    }
}
