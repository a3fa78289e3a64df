package org.hourglass.commerce.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IN-8 "每晚 24 点自动结算": checks every minute (configurable) whether a local day ended with unsettled usage,
 * by the platform clock, so a moved clock moves midnight too. Settling is idempotent, so an overlap with a
 * manual run changes nothing.
 */
@Component(configurationPid = CommerceConfig.PID)
public class NightlySettlement {
    private static final Logger LOG = LoggerFactory.getLogger(NightlySettlement.class);

    private final ScheduledExecutorService timer;

    @Activate
    public NightlySettlement(@Reference BalanceService balances, CommerceConfig config) {
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hourglass-nightly-settlement");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, config.settlementCheckSeconds());
        timer.scheduleWithFixedDelay(() -> {
            try {
                int n = balances.settleDue().size();
                if (n > 0) {
                    LOG.info("IN-8: settled {} live-stream usage day(s) from prepaid minutes", n);
                }
            } catch (RuntimeException e) {
                LOG.warn("nightly settlement failed; it runs again in {} s", every, e);
            }
        }, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
