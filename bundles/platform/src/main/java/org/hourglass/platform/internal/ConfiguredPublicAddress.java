package org.hourglass.platform.internal;

import java.net.URI;
import org.hourglass.api.platform.ClientAddress;
import org.hourglass.api.platform.PublicAddress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PublicAddress} from configuration (issue 14 item 12); a value that is no absolute http(s) URL keeps the last good
 * one. And {@link ClientAddress} (issue 20): the balancers in front of the nodes are named here, beside the address the
 * public reaches them at.
 */
@Component(service = {PublicAddress.class, ClientAddress.class}, configurationPid = ConfiguredPublicAddress.PID)
@Designate(ocd = ConfiguredPublicAddress.Config.class)
public class ConfiguredPublicAddress implements PublicAddress, ClientAddress {
    static final String PID = "org.hourglass.public";
    static final String DEFAULT = "http://localhost:8181/api/";
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredPublicAddress.class);

    @ObjectClassDefinition(name = "Hourglass public address",
            description = "Where the API is reached from outside: printed on certificates and in their QR codes.")
    @interface Config {
        @AttributeDefinition(name = "API base URL", description = "Absolute http(s) URL of /api/, e.g. https://training.example.com/api/")
        String api_base() default DEFAULT;

        @AttributeDefinition(name = "Trusted proxies", description = "Comma-separated addresses of the balancers in front of this "
                + "node, whose X-Forwarded-For names the client (login throttling counts per client). Empty: none; never list an "
                + "address clients can connect from directly.")
        String trustedProxies() default "";
    }

    private volatile String apiBase = DEFAULT;
    private volatile TrustedProxies proxies = new TrustedProxies("");

    @Activate
    public ConfiguredPublicAddress(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        proxies = new TrustedProxies(config.trustedProxies());
        String v = normalized(config.api_base());
        if (v == null) {
            LOG.warn("{}: api.base '{}' is no absolute http(s) URL; keeping {}", PID, config.api_base(), apiBase);
            return;
        }
        apiBase = v;
    }

    static String normalized(String value) {
        try {
            URI u = URI.create(value == null ? "" : value.trim());
            if (!u.isAbsolute() || u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
                    || u.getRawQuery() != null || u.getRawFragment() != null) {
                return null;
            }
            String s = u.toString();
            return s.endsWith("/") ? s : s + "/";
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String apiBase() {
        return apiBase;
    }

    @Override
    public String of(String peer, String forwardedFor) {
        return proxies.client(peer, forwardedFor);
    }
}
