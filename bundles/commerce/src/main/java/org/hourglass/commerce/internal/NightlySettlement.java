package org.hourglass.commerce.internal;

import java.time.Duration;
import org.hourglass.api.platform.ScheduledWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IN-8 "每晚 24 点自动结算": checks every minute (configurable) whether a local day ended with unsettled usage,
 * by the platform clock, so a moved clock moves midnight too. Settling is idempotent, so an overlap with a
 * manual run changes nothing. Issue 20: once per cluster — the check runs on the node holding its lease ({@link ScheduledWork}).
 */
@Component(configurationPid = CommerceConfig.PID)
public class NightlySettlement {
    private static final Logger LOG = LoggerFactory.getLogger(NightlySettlement.class);

    static final String TASK = "commerce.nightly-settlement";

    private final ScheduledWork.Registration timer;

    @Activate
    public NightlySettlement(@Reference BalanceService balances, @Reference ScheduledWork work, CommerceConfig config) {
        long every = Math.max(1, config.settlementCheckSeconds());
        this.timer = work.every(TASK, Duration.ofSeconds(every), () -> {
            try {
                int n = balances.settleDue().size();
                if (n > 0) {
                    LOG.info("IN-8: settled {} live-stream usage day(s) from prepaid minutes", n);
                }
            } catch (RuntimeException e) {
                LOG.warn("nightly settlement failed; it runs again in {} s", every, e);
            }
        });
    }

    @Deactivate
    void stop() {
        timer.close();
    }
}
