package org.hourglass.external.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hourglass.api.messaging.CodePurpose;
import org.hourglass.api.messaging.CodeSender;
import org.hourglass.external.simulation.SentCode;
import org.hourglass.external.simulation.SimulatedOutbox;
import org.hourglass.api.platform.TimeSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's SMS channel (C-7): "delivers" a code by logging it and keeping the newest code per phone
 * and purpose in memory, readable through {@link SimulatedOutbox} (tests) and the log (demo users).
 */
@Component(service = {CodeSender.class, SimulatedOutbox.class})
public class SimulatedSmsSender implements CodeSender, SimulatedOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedSmsSender.class);
    private final Map<String, SentCode> newest = new ConcurrentHashMap<>();
    private final TimeSource time;

    @Activate
    public SimulatedSmsSender(@Reference TimeSource time) {
        this.time = time;
    }

    @Override
    public void send(String phone, CodePurpose purpose, String code, Instant expiresAt) {
        newest.put(key(phone, purpose), new SentCode(phone, purpose, code, time.now(), expiresAt));
        LOG.warn("SIMULATED SMS to {}: {} code {} (valid until {}) — no real message was sent", phone, purpose, code, expiresAt);
    }

    @Override
    public Optional<SentCode> latest(String phone, CodePurpose purpose) {
        return Optional.ofNullable(newest.get(key(phone, purpose)));
    }

    private static String key(String phone, CodePurpose purpose) {
        return purpose + ":" + phone;
    }
}
