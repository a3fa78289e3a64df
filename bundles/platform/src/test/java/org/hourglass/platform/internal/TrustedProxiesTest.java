package org.hourglass.platform.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TrustedProxiesTest {
    private final TrustedProxies proxies = new TrustedProxies(" 127.0.0.1, 10.0.0.5 ");

    @Test
    public void theHeaderIsBelievedOnlyFromATrustedPeer() {
        assertEquals("198.51.100.7", proxies.client("127.0.0.1", "198.51.100.7"));
        assertEquals("a client naming itself is not believed", "203.0.113.9", proxies.client("203.0.113.9", "198.51.100.7"));
        assertEquals("no header: the peer", "127.0.0.1", proxies.client("127.0.0.1", null));
        assertEquals("none trusted by default", "127.0.0.1", new TrustedProxies("").client("127.0.0.1", "198.51.100.7"));
    }

    @Test
    public void theClientIsTheLastAddressThatIsNoTrustedProxy() {
        assertEquals("a forged first entry is skipped", "198.51.100.7", proxies.client("127.0.0.1", "6.6.6.6, 198.51.100.7"));
        assertEquals("198.51.100.7", proxies.client("127.0.0.1", "198.51.100.7, 10.0.0.5"));
        assertEquals("2001:db8::1", proxies.client("127.0.0.1", "2001:db8::1"));
        assertEquals("garbage ends the walk at the last good hop", "127.0.0.1", proxies.client("127.0.0.1", "<script>"));
    }
}
