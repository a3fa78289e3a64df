package org.hourglass.api.platform;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The address a request came from, for what is counted per client (login throttling, issue 14; the HR sign-up's
 * per-address limits). Behind a balancer every connection comes from the balancer, so one client's failures would be
 * everyone's: when the connection's peer is one of the operator's trusted proxies (PID {@code org.hourglass.public},
 * {@code trustedProxies}, e.g. {@code 10.0.0.5,10.0.0.6}; none by default), the client is the last address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. From any other peer the header is ignored: a client cannot
 * choose its own address by sending it (issue 20).
 */
@ProviderType
public interface ClientAddress {
    /**
     * @param peer         the connection's remote address ({@code HttpServletRequest.getRemoteAddr()})
     * @param forwardedFor the request's {@code X-Forwarded-For} header, or null
     */
    String of(String peer, String forwardedFor);
}
