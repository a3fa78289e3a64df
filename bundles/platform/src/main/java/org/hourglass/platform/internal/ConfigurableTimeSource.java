package org.hourglass.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.hourglass.api.platform.TimeSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform clock: system time in Asia/Shanghai, optionally shifted or frozen through Config Admin
 * (PID {@code org.hourglass.clock}) so itests and drills can move time without restarting anything.
 */
@Component(service = TimeSource.class, configurationPid = "org.hourglass.clock")
@Designate(ocd = ClockConfig.class)
public class ConfigurableTimeSource implements TimeSource {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurableTimeSource.class);

    private volatile Clock clock = Clock.system(DEFAULT_ZONE);

    @Activate
    public ConfigurableTimeSource(ClockConfig config) {
        apply(config);
    }

    @Modified
    void modified(ClockConfig config) {
        apply(config);
    }

    private void apply(ClockConfig config) {
        this.clock = clockFor(config.zone(), config.offset(), config.fixed());
        if (!config.offset().isBlank() || !config.fixed().isBlank()) {
            LOG.warn("Platform clock is shifted/frozen (offset='{}', fixed='{}'): now {}", config.offset(), config.fixed(), clock.instant());
        }
    }

    static Clock clockFor(String zone, String offset, String fixed) {
        ZoneId zoneId = zone == null || zone.isBlank() ? DEFAULT_ZONE : ZoneId.of(zone);
        if (fixed != null && !fixed.isBlank()) {
            return Clock.fixed(Instant.parse(fixed.trim()), zoneId);
        }
        Clock base = Clock.system(zoneId);
        return offset == null || offset.isBlank() ? base : Clock.offset(base, Duration.parse(offset.trim()));
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
