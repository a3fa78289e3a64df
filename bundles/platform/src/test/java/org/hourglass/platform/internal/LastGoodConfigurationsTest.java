package org.hourglass.platform.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.junit.Test;

/** The last good configuration survives a restart with its types; anything but plain values is not read back. */
public class LastGoodConfigurationsTest {
    @Test
    public void goodValuesComeBackAfterARestart() throws Exception {
        File dir = Files.createTempDirectory("last-good").toFile();
        Instant at = Instant.parse("2026-11-30T01:02:03Z");
        new LastGoodConfigurations(dir).save("org.hourglass.policy.voucher", Map.of("voucherYuan", "600.00", "maxLearners", 500,
                "tiers", new String[] {"40", "60"}), at);
        LastGoodConfigurations.Saved saved = new LastGoodConfigurations(dir).load("org.hourglass.policy.voucher").orElseThrow();
        assertEquals("600.00", saved.values().get("voucherYuan"));
        assertEquals(500, saved.values().get("maxLearners"));
        assertArrayEquals(new String[] {"40", "60"}, (String[]) saved.values().get("tiers"));
        assertEquals(at, saved.acceptedAt());
        assertTrue(new LastGoodConfigurations(dir).load("org.hourglass.policy.other").isEmpty());
    }

    @Test
    public void knownPolicyCodesSurviveARestart() throws Exception {
        File file = new File(Files.createTempDirectory("known").toFile(), "known.txt");
        new KnownPolicies(file).add("beijing-subsidy");
        assertTrue(new KnownPolicies(file).contains("beijing-subsidy"));
    }
}
