package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Boots the real Hourglass assembly once per test class (Pax Exam, Karaf container) and talks to it over
 * HTTP like any client; reads its clock and database. The platform's test data is {@link HourglassTestSupport}'s. Group tests by feature area in a few subclasses: every class costs one boot.
 * Waits are bounded conditions ({@link #await}), never sleeps.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class KarafTestSupport {
    protected static final String PORT = System.getProperty("hourglass.http.port", "18181");
    protected static final String BASE = "http://localhost:" + PORT;
    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "hourglass-demo";
    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    protected BundleContext bundleContext;

    /**
     * The features service as it is registered NOW: the instance Pax Exam injects at the class's start can be one Karaf
     * replaced while it finished booting (its executor then rejects every call), so each call looks the service up again.
     */
    protected final FeaturesService features = (FeaturesService) java.lang.reflect.Proxy.newProxyInstance(
            FeaturesService.class.getClassLoader(), new Class<?>[] {FeaturesService.class}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return method.invoke(this, args);
                }
                org.osgi.framework.ServiceReference<FeaturesService> ref = liveFeatures(null);
                try {
                    return invokeOn(ref, method, args);
                } catch (java.util.concurrent.RejectedExecutionException replaced) {
                    return invokeOn(liveFeatures(ref), method, args); // the new instance registers within seconds
                }
            });

    /** The registered features service, waiting (bounded) for one other than {@code stale}. */
    private org.osgi.framework.ServiceReference<FeaturesService> liveFeatures(org.osgi.framework.ServiceReference<?> stale) {
        java.util.concurrent.atomic.AtomicReference<org.osgi.framework.ServiceReference<FeaturesService>> ref =
                new java.util.concurrent.atomic.AtomicReference<>();
        await("a live features service", 30, () -> {
            ref.set(bundleContext.getServiceReference(FeaturesService.class));
            return ref.get() != null && !ref.get().equals(stale);
        });
        return ref.get();
    }

    private Object invokeOn(org.osgi.framework.ServiceReference<FeaturesService> ref, java.lang.reflect.Method method, Object[] args)
            throws Throwable {
        try {
            return method.invoke(bundleContext.getService(ref), args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        } finally {
            bundleContext.ungetService(ref);
        }
    }

    @Inject
    protected org.apache.karaf.shell.api.console.SessionFactory sessions;

    /** Runs a Karaf console command as an admin would and returns what it printed. */
    protected String execute(String command) throws Exception {
        return executeAs(command, "admin");
    }

    /**
     * Runs a console command as a user with the given roles: the distribution makes command roles compulsory
     * ({@code karaf.secured.command.compulsory.roles=admin}), so who runs it matters.
     */
    protected String executeAs(String command, String... roles) throws Exception {
        javax.security.auth.Subject subject = new javax.security.auth.Subject();
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("itest"));
        for (String role : roles) {
            subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal(role));
        }
        try {
            return javax.security.auth.Subject.doAs(subject, (java.security.PrivilegedExceptionAction<String>) () -> run(command));
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        }
    }

    private String run(String command) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = sessions.create(System.in, out, out);
        try {
            Object result = session.execute(command);
            if (result != null) {
                out.println(result);
            }
        } finally {
            session.close();
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Configuration
    public Option[] config() {
        String assembly = System.getProperty("hourglass.assembly");
        String repo = System.getProperty("hourglass.localRepository");
        List<Option> options = new ArrayList<>(Arrays.asList(
                karafDistributionConfiguration().frameworkUrl(new File(assembly).toURI().toString())
                        .name("Hourglass").unpackDirectory(new File("target/exam")).useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", PORT),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
                // STACK.md pitfall 9: resolve everything from the build's local repository, offline
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repo),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                        "file:${karaf.home}/${karaf.default.repository}@id=system.repository@snapshots,"
                                + "file:" + repo + "@id=local@snapshots"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.offline", "true"),
                // tests make their own data; the demo accounts are checked by AdminIT
                editConfigurationFilePut("etc/org.hourglass.demo.cfg", "enabled", Boolean.toString(demoData())),
                systemProperty("hourglass.http.port").value(PORT),
                systemProperty("hourglass.version").value(System.getProperty("hourglass.version")),
                systemProperty("hourglass.localRepository").value(repo),
                // the tests run inside Karaf: they ask TestDatabase which database they are on
                systemProperty("hourglass.db").value(System.getProperty("hourglass.db", "derby")),
                // STACK.md pitfall 6
                vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                vmOption("-Xmx1g")));
        options.addAll(java9ModuleFlags());
        options.addAll(TestDatabase.options(getClass(), derbyRelease())); // issue 20: Derby, or PostgreSQL with -Dhourglass.db=postgresql
        if (Boolean.getBoolean("hourglass.keepRuntime")) { // -Dhourglass.keepRuntime=true keeps target/exam/*/data/log for diagnosis
            options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder());
        }
        return options.toArray(new Option[0]);
    }

    /**
     * On Derby, the release whose database this class's Karaf starts on (upgraded in place at boot, issue 20); null for a
     * fresh database. PostgreSQL runs always start fresh.
     */
    protected String derbyRelease() {
        return null;
    }

    /** Whether the distribution's demo accounts are created in this test class's Karaf. */
    protected boolean demoData() {
        return false;
    }

    /** STACK.md pitfall 7: what bin/karaf passes on Java 9+, which Pax Exam 4.14 does not. */
    private static List<Option> java9ModuleFlags() {
        List<Option> o = new ArrayList<>();
        for (String flag : new String[] {
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"}) {
            o.add(vmOption(flag));
        }
        return o;
    }

    // ---- HTTP -------------------------------------------------------------------------------------

    /** An HTTP answer: status, content type, body text and (lazily) its JSON. */
    protected record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public Answer expect(int expected) {
            assertEquals("HTTP status; body: " + body, expected, status);
            return this;
        }

        /** Asserts a problem+json answer of this status; returns its JSON. */
        public JsonNode problem(int expected) {
            expect(expected);
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                fail("expected application/problem+json, got " + contentType + ": " + body);
            }
            JsonNode p = json();
            assertEquals(expected, p.get("status").asInt());
            for (String field : new String[] {"type", "title", "detail", "errors"}) {
                if (!p.has(field)) {
                    fail("problem without '" + field + "': " + body);
                }
            }
            return p;
        }
    }

    protected Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET(), token);
    }

    protected Answer post(String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    protected Answer post(String path, String token, Object body) {
        try {
            return post(path, token, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    protected Answer delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE(), token);
    }

    /** POST with one extra header, e.g. {@code Idempotency-Key}. */
    protected Answer post(String path, String token, Object body, String header, String value) {
        try {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json").header(header, value)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), token);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    protected Answer send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), r.headers());
        } catch (IOException e) {
            throw new AssertionError("HTTP failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected Answer put(String path, String token, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), token);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    protected Answer patch(String path, String token, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), token);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---- clock ------------------------------------------------------------------------------------

    /**
     * Freezes the platform clock at {@code instant} (Config Admin PID org.hourglass.clock, ARCHITECTURE
     * principle 6) and waits until the platform's TimeSource reads it.
     */
    protected void clockAt(java.time.Instant instant) throws Exception {
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
                bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration clock = bundleContext.getService(ref).getConfiguration("org.hourglass.clock", null);
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put("fixed", instant.toString());
        clock.update(props);
        bundleContext.ungetService(ref);
        await("platform clock at " + instant, 30, () -> platformNow().equals(instant));
    }

    /** Back to the system clock. */
    protected void clockReal() throws Exception {
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
                bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        bundleContext.getService(ref).getConfiguration("org.hourglass.clock", null).delete();
        bundleContext.ungetService(ref);
        await("platform clock real", 30, () -> Math.abs(platformNow().toEpochMilli() - System.currentTimeMillis()) < 60_000);
    }

    protected java.time.Instant platformNow() {
        org.osgi.framework.ServiceReference<org.hourglass.api.platform.TimeSource> ref =
                bundleContext.getServiceReference(org.hourglass.api.platform.TimeSource.class);
        try {
            return bundleContext.getService(ref).now();
        } finally {
            bundleContext.ungetService(ref);
        }
    }
    /** Issue 20: the unit's tables, written and read straight through its DataSource (as another node would). */
    protected UnitTables tables(String unit) {
        return new UnitTables(bundleContext, unit);
    }

    // ---- waiting ----------------------------------------------------------------------------------

    /** Waits up to {@code seconds} for a condition, polling every 50 ms; fails with {@code what} otherwise. */
    protected static void await(String what, int seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + seconds + " s waiting for: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /**
     * The opposite of {@link #await}: that NOTHING happens has no event to wait for, so the value is watched for the whole
     * window, polling every 50 ms, and the check fails as soon as it moves.
     */
    protected static void holdsStill(String what, java.util.function.IntSupplier value, Duration window) {
        int first = value.getAsInt();
        long end = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < end) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            if (value.getAsInt() != first) {
                fail(what + ": moved from " + first + " to " + value.getAsInt());
            }
        }
    }

    /** Waits until the REST application serves health 200 and login works (boot is asynchronous). */
    protected void awaitPlatform() {
        try {
            await("GET /api/v1/health = 200", 90, () -> safeStatus("/api/v1/health") == 200);
        } catch (AssertionError neverUp) {
            BootDiagnosis.print(bundleContext);
            throw neverUp;
        }
        await("POST /api/v1/auth/login answers", 60, () -> safeLoginStatus() == 200);
        // the whiteboard rebuilds the application (answering 404 for a moment) each time a core resource joins during boot
        await("every core bundle's resources joined the application", 60, () -> CORE_PATHS.stream().allMatch(documentedPaths()::contains));
    }

    /** One path of each core bundle's resources, as the live OpenAPI document names them. */
    private static final List<String> CORE_PATHS = List.of("/v1/health", "/v1/auth/login", "/v1/learners", "/v1/courses", "/v1/classes",
            "/v1/learning/heartbeats", "/v1/certificates", "/v1/orders", "/v1/stock", "/v1/invoices", "/v1/refunds/{id}/decision");

    private java.util.Set<String> documentedPaths() {
        java.util.Set<String> paths = new java.util.HashSet<>();
        try {
            Answer a = get("/api/openapi.json", null);
            if (a.status() == 200) {
                a.json().get("paths").fieldNames().forEachRemaining(paths::add);
            }
        } catch (AssertionError | RuntimeException e) {
            // not answering yet
        }
        return paths;
    }

    private int safeStatus(String path) {
        try {
            return get(path, null).status();
        } catch (AssertionError e) {
            return -1;
        }
    }

    private int safeLoginStatus() {
        try {
            return post("/api/v1/auth/login", null, "{\"principal\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}").status();
        } catch (AssertionError e) {
            return -1;
        }
    }

    /** Runs one SQL statement on the platform's DataSource (fixtures the REST API rightly cannot make). */
    protected void sql(String statement) throws Exception {
        javax.sql.DataSource ds = dataSource();
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    /** The first column of the first row {@code query} answers with {@code parameter} bound. */
    protected String sqlString(String query, String parameter) throws Exception {
        try (java.sql.Connection c = dataSource().getConnection(); java.sql.PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, parameter);
            try (java.sql.ResultSet r = s.executeQuery()) {
                assertTrue(query, r.next());
                return r.getString(1);
            }
        }
    }

    /** Empties a persistence unit's shared cache, so rows changed by {@link #sql} are read again. */
    protected void evictCache(String unit) throws Exception {
        bundleContext.getService(bundleContext.getServiceReferences(javax.persistence.EntityManagerFactory.class,
                "(osgi.unit.name=" + unit + ")").iterator().next()).getCache().evictAll();
    }

    private javax.sql.DataSource dataSource() throws Exception {
        return bundleContext.getService(bundleContext
                .getServiceReferences(javax.sql.DataSource.class, "(osgi.jndi.service.name=hourglass)").iterator().next());
    }

    /** What {@link #rawPost} got back. */
    protected record RawAnswer(int status, byte[] body) {
        public JsonNode json() throws java.io.IOException {
            return JSON.readTree(body);
        }
    }

    /**
     * POST over a plain socket, for what {@code java.net.http} will not send: a socket bound to {@code source} (all of
     * 127/8 is loopback on Linux) and a {@code Host} header of the caller's choosing. HTTP/1.0, so the answer ends at EOF.
     */
    protected static RawAnswer rawPost(String source, String host, String path, String token, Object body) throws java.io.IOException {
        return rawPost(source, host, "", path, token, body);
    }

    /** {@code headers}: more header lines, each ending with CRLF (e.g. a balancer's {@code X-Forwarded-For}). */
    protected static RawAnswer rawPost(String source, String host, String headers, String path, String token, Object body)
            throws java.io.IOException {
        byte[] json = JSON.writeValueAsBytes(body);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(source, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", Integer.parseInt(PORT)), 5_000);
            socket.setSoTimeout(60_000);
            String head = "POST " + path + " HTTP/1.0\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + headers + "Content-Length: " + json.length + "\r\n\r\n";
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(json);
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            return new RawAnswer(Integer.parseInt(text.substring(0, text.indexOf("\r\n")).split(" ")[1]),
                    java.util.Arrays.copyOfRange(all, end + 4, all.length));
        }
    }
}
