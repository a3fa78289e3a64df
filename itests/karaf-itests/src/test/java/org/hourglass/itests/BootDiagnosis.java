package org.hourglass.itests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What a container that never came up was doing, printed to the test's output (kept by failsafe even when the exam folder
 * is deleted): bundles not active, every thread's stack with the locks it holds and waits for, and the end of karaf.log.
 * Once per container: the next tests of the class meet the same container.
 */
final class BootDiagnosis {
    private BootDiagnosis() {
    }

    private static boolean printed;

    static synchronized void print(BundleContext context) {
        if (printed) {
            return;
        }
        printed = true;
        StringBuilder out = new StringBuilder("==== the platform never answered health 200: diagnosis ====\n");
        for (Bundle b : context.getBundles()) {
            if (b.getState() != Bundle.ACTIVE && b.getHeaders().get("Fragment-Host") == null) {
                out.append("bundle not active: ").append(b.getBundleId()).append(' ').append(b.getSymbolicName()).append(" state ")
                        .append(b.getState()).append('\n');
            }
        }
        for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            out.append(t.toString().replace("\n\t...\n", "\n"));
            StackTraceElement[] stack = t.getStackTrace();
            for (int i = 8; i < Math.min(stack.length, 40); i++) { // ThreadInfo.toString() stops at 8 frames
                out.append("\t at ").append(stack[i]).append('\n');
            }
        }
        Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        try {
            // the health probe's own "Can't find the request ... Observer" warnings (one per poll while REST is not up)
            // would fill the tail: left out, so the tail shows what the bundles did
            List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.contains("'s Observer")).toList();
            out.append("---- last lines of ").append(log).append(" (without the health probe's Observer warnings) ----\n");
            lines.subList(Math.max(0, lines.size() - 300), lines.size()).forEach(l -> out.append(l).append('\n'));
        } catch (IOException | RuntimeException e) {
            out.append("no karaf.log at ").append(log).append(": ").append(e).append('\n');
        }
        System.out.println(out);
    }
}
