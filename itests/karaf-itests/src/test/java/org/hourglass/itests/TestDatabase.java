package org.hourglass.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ops4j.pax.exam.Option;

/**
 * The database a test class's Karaf runs on (issue 20). {@code -Dhourglass.db=derby} (the default) keeps the distribution's
 * embedded Derby, fresh with every unpacked Karaf. {@code -Dhourglass.db=postgresql} points the one DataSource
 * ({@code etc/org.ops4j.datasource-hourglass.cfg}, the same switch an admin edits) at a PostgreSQL database made afresh for
 * the class, on the server {@code .ci/postgres start} runs ({@code -Dhourglass.pg.url}, default its URL).
 */
final class TestDatabase {
    private static final String CFG = "etc/org.ops4j.datasource-hourglass.cfg";

    private TestDatabase() {
    }

    static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty("hourglass.db", "derby"));
    }

    /**
     * The options that put the test class's Karaf on its database: none for a fresh Derby; for {@code derbyRelease} (Derby
     * only) a copy of the Derby database that release made, {@code databases/derby-release-<release>.zip}, which the
     * platform upgrades in place at boot (issue 20).
     */
    static List<Option> options(Class<?> testClass, String derbyRelease) {
        if (!postgresql()) {
            return derbyRelease == null ? List.of() : List.of(editConfigurationFilePut(CFG, "url",
                    "jdbc:derby:" + unzipped(testClass, derbyRelease).toAbsolutePath().toString().replace('\\', '/')));
        }
        String server = System.getProperty("hourglass.pg.url", "jdbc:postgresql://127.0.0.1:15432/");
        String user = System.getProperty("hourglass.pg.user", "hourglass");
        String password = System.getenv().getOrDefault("HOURGLASS_DB_PASSWORD", "hourglass");
        String database = "it_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
        fresh(server, user, password, database);
        return List.of(
                editConfigurationFilePut(CFG, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(CFG, "url", server + database),
                editConfigurationFilePut(CFG, "user", user),
                // never a plaintext password in etc/ (AdminIT): as in production, the cfg names an environment variable,
                // which Karaf inherits from failsafe (pom: environmentVariables)
                editConfigurationFilePut(CFG, "password", "${env:HOURGLASS_DB_PASSWORD}"));
    }

    private static Path unzipped(Class<?> testClass, String release) {
        String resource = "/databases/derby-release-" + release + ".zip";
        Path target = Path.of("target", "databases", testClass.getSimpleName() + "-" + release);
        try (InputStream zip = TestDatabase.class.getResourceAsStream(resource)) {
            if (zip == null) {
                throw new IllegalStateException("no " + resource + " among the test resources");
            }
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (ZipInputStream entries = new ZipInputStream(zip)) {
                for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                    Path file = target.resolve(e.getName()).normalize();
                    if (!file.startsWith(target)) {
                        throw new IllegalStateException("entry outside the database: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(file);
                    } else {
                        Files.createDirectories(file.getParent());
                        Files.copy(entries, file);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the class's database of an earlier run (its connections too) and creates it empty. */
    private static void fresh(String server, String user, String password, String database) {
        try (Connection c = DriverManager.getConnection(server + "hourglass", user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("no PostgreSQL for the itests at " + server + " (run .ci/postgres start): " + e.getMessage(), e);
        }
    }
}
