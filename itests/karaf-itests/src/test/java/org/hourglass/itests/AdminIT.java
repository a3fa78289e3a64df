package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** What an admin does at runtime: Karaf configuration (the platform clock) and the hourglass:* commands. */
public class AdminIT extends HourglassTestSupport {
    @Inject
    protected ConfigurationAdmin configAdmin;

    @Override
    protected boolean demoData() {
        return true;
    }

    /**
     * Issue 20: on Derby this class boots on a database made by release 0.1 (tables from EclipseLink, no migration
     * history, demo data, one account renamed): every test here runs on it after the in-place upgrade.
     */
    @Override
    protected String derbyRelease() {
        return "0.1";
    }

    /** Issue 20: release 0.1's database was adopted: every baseline change marked as run, none re-run, its rows kept. */
    @Test
    public void issue20_aDatabaseOfRelease01IsUpgradedInPlaceAndKeepsItsRows() throws Exception {
        org.junit.Assume.assumeFalse("the database of release 0.1 is a Derby database", TestDatabase.postgresql());
        String status = execute("hourglass:schema --history");
        for (String unit : java.util.List.of("hourglass-accounts", "hourglass-catalog", "hourglass-classes", "hourglass-commerce",
                "hourglass-records", "hourglass-policy-beijing-subsidy")) {
            assertTrue(status, status.lines().anyMatch(l -> l.contains(unit) && l.contains("CURRENT")));
        }
        assertEquals("MARK_RAN", sqlString("SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = ?", "0.1-ACC_ACCOUNT"));
        assertEquals("MARK_RAN", sqlString("SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = ?", "0.1-REC_BEAT"));
        for (String unit : java.util.List.of("hourglass-accounts", "hourglass-classes", "hourglass-records")) {
            assertEquals(unit + ": nothing re-run", "0", sqlString("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE EXECTYPE = 'EXECUTED' "
                    + "AND FILENAME = ?", "db/" + unit + ".yaml"));
        }
        assertEquals("kept since release 0.1", sqlString("SELECT DISPLAY_NAME FROM ACC_ACCOUNT WHERE PRINCIPAL = ?", "13800000001"));
        login("13800000001", "hourglass-demo");
    }

    @Before
    public void platformUp() {
        awaitPlatform();
    }

    /** The demo distribution starts with two organisations, an institution and 20 learners (issue 3). */
    @Test
    public void demoAccountsExistAndLogIn() {
        String admin = adminToken();
        await("demo organisations created", 30, () -> "2".equals(get("/api/v1/organizations", admin).expect(200)
                .headers().firstValue("X-Total-Count").orElse("")));
        String orgAdmin = login("13800000001", "hourglass-demo");
        assertEquals("10", get("/api/v1/learners", orgAdmin).expect(200).headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals("20", get("/api/v1/learners", admin).expect(200).headers().firstValue("X-Total-Count").orElseThrow());
        login("academic", "hourglass-demo");
        login("reviewer", "hourglass-demo");
    }

    /** Demo catalogue (a course of every type, a package with its paper) and one demo class per deployed policy. */
    @Test
    public void demoCatalogueAndOneDemoClassPerDeployedPolicy() throws Exception {
        String admin = adminToken();
        await("demo catalogue created", 30, () -> "5".equals(get("/api/v1/courses", admin).expect(200)
                .headers().firstValue("X-Total-Count").orElse("")));
        java.util.Set<String> types = new java.util.TreeSet<>();
        get("/api/v1/courses", admin).expect(200).json().forEach(c -> types.add(c.get("type").asText()));
        assertEquals(java.util.Set.of("FREE_ON_DEMAND", "PAID_ON_DEMAND", "OWN_RECORDED", "OFFLINE", "LIVE"), types);
        for (com.fasterxml.jackson.databind.JsonNode c : get("/api/v1/courses", admin).expect(200).json()) {
            if ("PAID_ON_DEMAND".equals(c.get("type").asText())) { // sold by the demo school, by id (issue 14 item 14)
                assertTrue(c.toString(), c.get("providerId").asLong() > 0);
                assertEquals("Capital Vocational Training School", c.get("provider").asText());
            }
        }

        String orgAdmin = login("13800000001", "hourglass-demo");
        await("a demo class under the boot-installed Beijing policy", 30, () -> get("/api/v1/classes", orgAdmin).expect(200).body()
                .contains("\"beijing-subsidy\""));
        installFixturePolicy();
        await("a demo class under the fixture policy", 30, () -> get("/api/v1/classes", orgAdmin).expect(200).body().contains("\"fixture\""));
        com.fasterxml.jackson.databind.JsonNode demo = null;
        for (com.fasterxml.jackson.databind.JsonNode c : get("/api/v1/classes", orgAdmin).expect(200).json()) {
            demo = "fixture".equals(c.get("policy").asText()) ? c : demo;
        }
        assertEquals("fixture", demo.get("policy").asText());
        long pkg = demo.get("packageId").asLong();
        assertTrue(get("/api/v1/packages/" + pkg, admin).expect(200).json().get("examRequired").asBoolean());
        // reinstalling the policy finds its demo class: still exactly one
        features.uninstallFeature("hourglass-policy-fixture");
        installFixturePolicy();
        String list = execute("hourglass:class-list --policy fixture");
        assertTrue(list, list.contains("Demo class (fixture)") && list.contains(pkg + " v1"));
        assertEquals(list, 1, list.split("Demo class \\(fixture\\)", -1).length - 1);
        assertEquals("one per deployed policy", "2", get("/api/v1/classes", orgAdmin).expect(200).headers().firstValue("X-Total-Count")
                .orElseThrow());
    }

    @Test
    public void learnerFindSearchesByIdPhoneOrNameAndMasksIdNumbers() throws Exception {
        String admin = adminToken();
        await("demo learners created", 30, () -> "20".equals(get("/api/v1/learners", admin).expect(200)
                .headers().firstValue("X-Total-Count").orElse("")));
        String byPhone = execute("hourglass:learner-find 13900000001");
        assertTrue(byPhone, byPhone.contains("Wang 1") && byPhone.contains("********"));
        com.fasterxml.jackson.databind.JsonNode first = get("/api/v1/learners?limit=1", admin).expect(200).json().get(0);
        String full = execute("hourglass:learner-find --full " + first.get("idNumber").asText());
        assertTrue(full, full.contains(first.get("idNumber").asText()));
        String byName = execute("hourglass:learner-find wang");
        assertTrue(byName, byName.contains("Wang 1") && byName.contains("Wang 11"));
    }

    /** ARCHITECTURE principle 6: one clock, set through Config Admin; sessions expire by platform time (C-4). */
    @Test
    public void theClockIsMovedThroughConfigAdminAndSessionsExpireByIt() throws Exception {
        Configuration clock = configAdmin.getConfiguration("org.hourglass.clock", null);
        try {
            setClock(clock, "2021-06-30T01:15:00Z");
            await("login stamped with the frozen clock", 30, () -> expiresAtOfNewLogin().equals("2021-06-30T09:15:00Z"));
            String token = adminToken();
            get("/api/v1/classes", token).expect(200);
            setClock(clock, "2021-06-30T09:15:01Z");
            await("session expired after its 8 hours of platform time", 30, () -> get("/api/v1/classes", token).status() == 401);
        } finally {
            clock.delete();
        }
        await("clock back to system time", 30, () -> !expiresAtOfNewLogin().startsWith("2021-"));
    }

    @Test
    public void policiesAndHealthCommandsAnswer() throws Exception {
        String policies = execute("hourglass:policies");
        assertTrue(policies, policies.contains("Code") && policies.contains("State"));
        String health = execute("hourglass:health");
        assertTrue(health, health.contains("database") && health.contains("UP"));
    }

    @Test
    public void hashPasswordPrintsAVerifiableHashAndNeverThePassword() throws Exception {
        String out = execute("hourglass:hash-password s3cret-Passw0rd").trim();
        // issue 14 item 6: Argon2id at OWASP's parameters, in the PHC string format other implementations read
        assertTrue(out, out.matches("(?s).*\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+.*"));
        assertEquals(-1, out.indexOf("s3cret-Passw0rd"));
    }

    /** Issue 7 hardening: shell ACLs compulsory, SSH on loopback, no plaintext password anywhere in etc/. */
    @Test
    public void karafIsHardened_commandRolesCompulsory_sshOnLoopback_noPlaintextPasswordsInEtc() throws Exception {
        assertEquals("admin", System.getProperty("karaf.secured.command.compulsory.roles"));
        java.nio.file.Path etc = java.nio.file.Path.of(System.getProperty("karaf.etc"));
        java.util.Properties shell = new java.util.Properties();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(etc.resolve("org.apache.karaf.shell.cfg"))) {
            shell.load(r);
        }
        assertEquals("127.0.0.1", shell.getProperty("sshHost"));
        java.util.List<String> plaintext = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(etc)) {
            for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(cfg|properties)$")).toList()) {
                boolean users = f.getFileName().toString().equals("users.properties");
                for (String line : java.nio.file.Files.readAllLines(f, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                    String t = line.trim();
                    if (t.isEmpty() || t.startsWith("#") || !t.contains("=")) {
                        continue;
                    }
                    String key = t.substring(0, t.indexOf('=')).trim();
                    String value = t.substring(t.indexOf('=') + 1).trim();
                    boolean secret = users ? !key.startsWith("_g_") : key.toLowerCase().contains("password") && !value.isEmpty();
                    boolean hashed = value.startsWith("{CRYPT}") || value.startsWith("$argon2id$") || value.startsWith("pbkdf2-sha256$") || value.startsWith("${");
                    if (secret && !hashed) {
                        plaintext.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue("plaintext passwords in etc/: " + plaintext, plaintext.isEmpty());
        assertTrue(execute("hourglass:policies").contains("Code"));
        try {
            String out = executeAs("hourglass:policies", "viewer");
            org.junit.Assert.fail("a viewer ran an admin-only command: " + out);
        } catch (Exception refused) {
            assertTrue(refused.toString(), refused.toString().toLowerCase().contains("insufficient") || refused.toString().contains("Command not found")
                    || refused.toString().toLowerCase().contains("permission"));
        }
    }

    private String expiresAtOfNewLogin() {
        return post("/api/v1/auth/login", null, "{\"principal\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}")
                .expect(200).json().get("expiresAt").asText();
    }

    private static void setClock(Configuration clock, String fixed) throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("fixed", fixed);
        clock.update(props);
    }

    /**
     * Issue 20: every bundle's tables come from its own Liquibase changelog, run before its unit gets the DataSource, and
     * the history is visible ({@code hourglass:schema}). A database of the release before migrations (the table there, no
     * history) is adopted with its rows; Liquibase's lock left by a node killed mid-migration, by a
     * failed run of this node, or by a process of this host that is gone is released, a lock another node holds is waited for; a database that
     * ran a change the bundle does not know (a newer release) is refused: that policy stays without its unit while core
     * keeps answering and health stays UP.
     */
    @Test
    public void issue20_schemaFromChangelogs_previousReleaseAdopted_staleLockReleased_newerDatabaseRefused() throws Exception {
        String status = execute("hourglass:schema --history");
        for (String unit : java.util.List.of("hourglass-accounts", "hourglass-catalog", "hourglass-classes", "hourglass-commerce", "hourglass-records")) {
            assertTrue(status, status.lines().anyMatch(l -> l.contains(unit) && l.contains("CURRENT")));
        }
        // EXECUTED on a fresh database, MARK_RAN on the release-0.1 database this class boots on with Derby
        assertTrue(status, status.contains("0.1-REC_BEAT") && (status.contains("EXECUTED") || status.contains("MARK_RAN")));
        String version = System.getProperty("hourglass.version");
        features.addRepository(java.net.URI.create("mvn:org.hourglass/hourglass-policy-fixture/" + version + "/xml/features"));
        String changelog = "'db/hourglass-policy-fixture.yaml'";
        String token = adminToken();
        features.installFeature(FIXTURE_FEATURE, java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
        try {
            await("fixture resource answers", 30, () -> get("/api/v1/policies/fixture/notes", null).status() == 200);
            sql("DELETE FROM FIX_NOTE");
            post("/api/v1/policies/fixture/notes", token, java.util.Map.of("text", "written before migrations existed")).expect(201);
            features.uninstallFeature(FIXTURE_FEATURE);
            awaitFixtureResourceGone();

            // the previous release: the table and its rows, no migration history
            sql("DELETE FROM DATABASECHANGELOG WHERE FILENAME = " + changelog);
            features.installFeature(FIXTURE_FEATURE, java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
            await("fixture resource back", 30, () -> get("/api/v1/policies/fixture/notes", null).status() == 200);
            com.fasterxml.jackson.databind.JsonNode notes = get("/api/v1/policies/fixture/notes", null).expect(200).json();
            assertEquals(notes.toString(), 1, notes.size());
            assertEquals("written before migrations existed", notes.get(0).get("text").asText());
            assertEquals("MARK_RAN", sqlString("SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = ?", "0.1-FIX_NOTE"));
            features.uninstallFeature(FIXTURE_FEATURE);
            awaitFixtureResourceGone();

            // a node killed while it migrated left Liquibase's lock taken long ago: released, not waited for
            sql("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = {ts '2000-01-01 00:00:00'}, "
                    + "LOCKEDBY = 'a node killed while migrating'");
            features.installFeature(FIXTURE_FEATURE, java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
            await("fixture resource back after a stale lock", 30, () -> get("/api/v1/policies/fixture/notes", null).status() == 200);
            features.uninstallFeature(FIXTURE_FEATURE);
            awaitFixtureResourceGone();

            // a lock in this node's own name, just taken: a run here failed holding it (its connection closed under it, as
            // when pax-jdbc replaces the DataSource). Released at once, not after Liquibase's 5-minute wait
            String thisNode = execute("hourglass:schema").lines().filter(l -> l.startsWith("This node takes it as "))
                    .findFirst().orElseThrow().substring("This node takes it as ".length()).trim();
            assertTrue(thisNode, thisNode.contains("#hourglass-pid-"));
            lockSchema(thisNode);
            assertTrue(execute("hourglass:schema"), execute("hourglass:schema").contains("Migration lock: held by " + thisNode));
            installFixtureWithin(30, "fixture resource back after a lock this node left");
            assertTrue(execute("hourglass:schema"), execute("hourglass:schema").contains("Migration lock: free"));

            // a lock of a process of this host that is gone (same pid, another start: the node was restarted): released
            lockSchema(thisNode.replaceFirst("(#hourglass-pid-\\d+-)\\d+", "$11"));
            installFixtureWithin(30, "fixture resource back after a dead process's lock");

            // a lock another node holds now is its migration: waited for, never taken from it
            lockSchema("another node#hourglass-pid-1-1 (192.0.2.7)");
            java.util.concurrent.CompletableFuture<Void> install = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    features.installFeature(FIXTURE_FEATURE, java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await("fixture schema waits for the other node", 30, () -> schemaLine("hourglass-policy-fixture").contains("MIGRATING"));
            holdsStill("fixture schema waiting", () -> schemaLine("hourglass-policy-fixture").contains("MIGRATING") ? 1 : 0,
                    java.time.Duration.ofSeconds(3));
            assertTrue(execute("hourglass:schema"), execute("hourglass:schema").contains("Migration lock: held by another node"));
            sql("UPDATE DATABASECHANGELOGLOCK SET LOCKED = FALSE, LOCKGRANTED = NULL, LOCKEDBY = NULL");
            install.get(60, java.util.concurrent.TimeUnit.SECONDS); // Liquibase looks again every 10 s
            await("fixture resource back after the other node's migration", 30,
                    () -> get("/api/v1/policies/fixture/notes", null).status() == 200);
            features.uninstallFeature(FIXTURE_FEATURE);
            awaitFixtureResourceGone();

            // a newer release ran a change this bundle does not know: refused, and nothing else is disturbed
            sql("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE) VALUES "
                    + "('9.9-FIX_FROM_THE_FUTURE', 'hourglass', " + changelog + ", CURRENT_TIMESTAMP, 9999, 'EXECUTED')");
            features.installFeature(FIXTURE_FEATURE, java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
            await("fixture schema refused", 30, () -> schemaLine("hourglass-policy-fixture").contains("REFUSED"));
            assertTrue(schemaLine("hourglass-policy-fixture"), schemaLine("hourglass-policy-fixture").contains("9.9-FIX_FROM_THE_FUTURE"));
            int notesStatus = get("/api/v1/policies/fixture/notes", null).status();
            assertTrue("notes without their unit: " + notesStatus, notesStatus == 404 || notesStatus == 503);
            com.fasterxml.jackson.databind.JsonNode health = get("/api/v1/health", null).expect(200).json();
            assertEquals(health.toString(), "UP", health.get("status").asText());
            get("/api/v1/policies", null).expect(200);
            features.uninstallFeature(FIXTURE_FEATURE);

            // the newer change undone (the operator restored this release's database): the policy comes back with its rows
            sql("DELETE FROM DATABASECHANGELOG WHERE ID = '9.9-FIX_FROM_THE_FUTURE'");
            features.installFeature(FIXTURE_FEATURE, java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
            await("fixture resource back", 30, () -> get("/api/v1/policies/fixture/notes", null).status() == 200);
            assertTrue(schemaLine("hourglass-policy-fixture").contains("CURRENT"));
            assertEquals(1, get("/api/v1/policies/fixture/notes", null).expect(200).json().size());
        } finally {
            sql("DELETE FROM DATABASECHANGELOG WHERE ID = '9.9-FIX_FROM_THE_FUTURE'");
            if (features.isInstalled(features.getFeature(FIXTURE_FEATURE))) {
                sql("DELETE FROM FIX_NOTE");
                features.uninstallFeature(FIXTURE_FEATURE);
            }
            awaitPolicyListed(false);
        }
    }

    /** Takes Liquibase's lock in {@code owner}'s name, now, while the fixture policy has changes to run. */
    private void lockSchema(String owner) throws Exception {
        // with every change run, Liquibase never asks for its lock: forget the fixture's history, so it has changes to run
        sql("DELETE FROM DATABASECHANGELOG WHERE FILENAME = 'db/hourglass-policy-fixture.yaml'");
        sql("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = '" + owner.replace("'", "''") + "'");
    }

    /**
     * Installs the fixture policy and expects its resource within {@code seconds} (a lock waited for would hold the install
     * for Liquibase's 5 minutes, then fail it), then removes it again.
     */
    private void installFixtureWithin(int seconds, String what) throws Exception {
        features.installFeature(FIXTURE_FEATURE, java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
        await(what, seconds, () -> get("/api/v1/policies/fixture/notes", null).status() == 200);
        features.uninstallFeature(FIXTURE_FEATURE);
        awaitFixtureResourceGone();
    }

    private String schemaLine(String unit) {
        try {
            return execute("hourglass:schema").lines().filter(l -> l.contains(unit)).findFirst().orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
