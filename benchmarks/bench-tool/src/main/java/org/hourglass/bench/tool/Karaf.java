package org.hourglass.bench.tool;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The assembly under test, driven as an admin would: bin/start, kill -9, bin/client. */
final class Karaf {
    final File home;
    private final String user;
    private final String password;

    Karaf(String home, String user, String password) {
        this.home = new File(home).getAbsoluteFile();
        this.user = user;
        this.password = password;
    }

    Optional<ProcessHandle> process() {
        String marker = "-Dkaraf.home=" + home.getPath();
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains(marker)
                && c.contains("org.apache.karaf.main.Main")).orElse(false)).findFirst();
    }

    void killHard() throws Exception {
        ProcessHandle p = process().orElseThrow(() -> new IllegalStateException("no Karaf running from " + home));
        new ProcessBuilder("kill", "-9", Long.toString(p.pid())).inheritIO().start().waitFor();
        p.onExit().get();
    }

    void start() throws Exception {
        new ProcessBuilder(new File(home, "bin/start").getPath()).directory(home).inheritIO().start().waitFor();
    }

    /** Runs one shell command through bin/client (SSH on loopback); returns its output. */
    String shell(String command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(new File(home, "bin/client").getPath(), "-r", "5", "-u", user));
        if (password != null) {
            cmd.addAll(List.of("-p", password));
        }
        cmd.add(command);
        File out = File.createTempFile("karaf-client", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(home).redirectErrorStream(true).redirectOutput(out).start();
            int code = p.waitFor();
            String text = Files.readString(out.toPath());
            if (code != 0) {
                throw new IllegalStateException("bin/client '" + command + "' exited " + code + ": " + text);
            }
            return text;
        } finally {
            out.delete();
        }
    }
}
