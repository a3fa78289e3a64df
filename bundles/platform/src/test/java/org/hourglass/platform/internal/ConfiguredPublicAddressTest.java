package org.hourglass.platform.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/** Issue 14 item 12: the public address is configured, absolute http(s), and ends with a slash. */
public class ConfiguredPublicAddressTest {
    @Test
    public void onlyAbsoluteHttpUrlsAreTaken() {
        assertEquals("https://training.example.com/api/", ConfiguredPublicAddress.normalized("https://training.example.com/api"));
        assertEquals("http://localhost:8181/api/", ConfiguredPublicAddress.normalized(" http://localhost:8181/api/ "));
        for (String bad : new String[] {"", "/api/", "javascript:alert(1)", "ftp://x/api/", "https://x/api/?a=b", "https:///api/", null}) {
            assertNull(bad, ConfiguredPublicAddress.normalized(bad));
        }
    }
}
