package org.hourglass.api.commerce;

import java.time.LocalDate;

/**
 * An institution's annual value-added service (IN-8, seed 003 "自建课程/自建门户增值服务在购买时结算, 按照有效期提供服务"): valid from
 * the first paid day for the years bought, later purchases extending the term; {@code active} today by the platform clock.
 */
public record ServiceTermView(String service, LocalDate validFrom, LocalDate validUntil, boolean active) {
}
