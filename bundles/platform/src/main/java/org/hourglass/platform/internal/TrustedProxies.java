package org.hourglass.platform.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client behind trusted proxies (issue 20): walking {@code X-Forwarded-For} from its end — the entry the nearest
 * proxy appended — past every trusted proxy, the first other address is the client. Only a peer that is trusted is
 * believed; an entry that is no plain address (at most 45 characters of hex digits, dots and colons) ends the walk.
 */
final class TrustedProxies {
    private final Set<String> trusted;

    TrustedProxies(String commaSeparated) {
        this.trusted = commaSeparated == null ? Set.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    String client(String peer, String forwardedFor) {
        if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank() || forwardedFor.length() > 1000) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!plainAddress(hop)) {
                return client;
            }
            client = hop;
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    int size() {
        return trusted.size();
    }

    private static boolean plainAddress(String s) {
        return !s.isEmpty() && s.length() <= 45 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }
}
