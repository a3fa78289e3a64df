package org.hourglass.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
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

    /** The options that put the test class's Karaf on its database; none for Derby. */
    static List<Option> options(Class<?> testClass) {
        if (!postgresql()) {
            return List.of();
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
