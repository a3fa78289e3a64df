package org.hourglass.api.commerce;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An institution's prepaid live-stream minutes (IN-8), for the plug-in that runs its live lessons: the balance (a live
 * lesson is planned only with minutes bought, seed 003 "设置直播课程前，需要为培训账号进行直播流量充值") and the minutes its
 * viewers used, settled from the balance at midnight ("直播费用为每晚 24 点自动结算").
 */
@ProviderType
public interface PrepaidMinutes {
    BalanceView balance(long institutionId);

    /**
     * Records minutes used now (or at {@code report.at()}, not in a settled day); idempotent per (institution, reference):
     * true when recorded, false when that reference was reported before. 400 for bad fields.
     */
    boolean used(UsageReport report);
}
