package org.hourglass.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built distribution, unpacked and started the way an admin starts it ({@code bin/karaf server}), on its own
 * ports; stopped (SIGTERM, Karaf's orderly shutdown) when closed.
 */
final class KarafProcess implements AutoCloseable {
    static final String CONSOLE_USER = "admin";
    static final String CONSOLE_PASSWORD = "hourglass-console";

    private final Path home;
    private final Process process;
    final int httpPort;

    private KarafProcess(Path home, Process process, int httpPort) {
        this.home = home;
        this.process = process;
        this.httpPort = httpPort;
    }

    static KarafProcess start(Path archive, Path workDir, int httpPort) throws Exception {
        if (Files.exists(workDir)) {
            try (Stream<Path> all = Files.walk(workDir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(workDir);
        run(workDir, List.of("tar", "xzf", archive.toAbsolutePath().toString()));
        Path home;
        try (Stream<Path> dirs = Files.list(workDir)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        append(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = " + httpPort);
        replace(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(httpPort - 80));
        replace(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(httpPort - 7000));
        replace(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(httpPort - 6000));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("karaf.out").toFile());
        KarafProcess karaf = new KarafProcess(home, pb.start(), httpPort);
        karaf.await("REST health", () -> karaf.status("/api/v1/health", false) == 200);
        // the whiteboard rebuilds the application (answering 404 for a moment) each time a core resource joins during boot
        karaf.await("every core bundle's resources joined the application", karaf::coreResourcesJoined);
        karaf.await("web console", () -> karaf.status("/system/console/features", true) == 200);
        return karaf;
    }

    String base() {
        return "http://localhost:" + httpPort;
    }

    /** The console URL with the admin's credentials in it: how the browser logs in (HTTP Basic against JAAS). */
    String console(String path) {
        return "http://" + CONSOLE_USER + ":" + CONSOLE_PASSWORD + "@localhost:" + httpPort + "/system/console" + path;
    }

    Path home() {
        return home;
    }

    /** One path of each core bundle's resources, as the live OpenAPI document names them. */
    private static final java.util.List<String> CORE_PATHS = java.util.List.of("/v1/health", "/v1/auth/login", "/v1/learners",
            "/v1/courses", "/v1/classes", "/v1/learning/heartbeats", "/v1/certificates", "/v1/orders", "/v1/stock", "/v1/invoices",
            "/v1/refunds/{id}/decision");

    private boolean coreResourcesJoined() {
        try {
            String doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/api/openapi.json"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return CORE_PATHS.stream().allMatch(p -> doc.contains("\"" + p + "\""));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int status(String path, boolean asConsoleAdmin) {
        return status(path, asConsoleAdmin ? CONSOLE_USER : null, CONSOLE_PASSWORD);
    }

    int status(String path, String user, String password) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10));
        if (user != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("Karaf exited while waiting for " + what + "; see " + home.getParent().resolve("karaf.out"));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    /** Stops Karaf: bin/karaf runs the JVM as its child, so the JVM itself gets the SIGTERM (Karaf's orderly shutdown). */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> jvms = process.descendants().toList();
        jvms.forEach(ProcessHandle::destroy);
        process.destroy();
        for (ProcessHandle jvm : jvms) {
            try {
                jvm.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                jvm.destroyForcibly();
            }
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(command + " failed");
        }
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, "\n" + line + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    private static void replace(Path file, String key, String value) throws IOException {
        String text = Files.readString(file).replaceAll("(?m)^" + key + "\\s*=.*$", key + " = " + value);
        Files.writeString(file, text);
    }
}
