package org.hourglass.policy.beijing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.util.Map;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.quantity.Hours;
import org.junit.Test;

/** BJ-2 … BJ-8 arithmetic, with the seed's defaults. */
public class SubsidyCalculatorTest {
    static final SubsidyRates DEFAULTS = SubsidyRates.of(defaults());

    static BeijingConfig defaults() {
        return new BeijingConfig() {
            public Class<? extends Annotation> annotationType() {
                return BeijingConfig.class;
            }
            public String rateFreeOnDemand() {
                return "10.00";
            }
            public String ratePaidOnDemand() {
                return "25.00";
            }
            public String rateOwnRecorded() {
                return "25.00";
            }
            public String rateOffline() {
                return "25.00";
            }
            public int thresholdHours() {
                return 40;
            }
            public String tiers() {
                return "40,60,80";
            }
            public int dailyCapHours() {
                return 8;
            }
            public String policyEnd() {
                return "2021-12-31";
            }
            public int surveyNegativeLimitPercent() {
                return 30;
            }
            public int refundDays() {
                return 15;
            }
            public int returnStudyMinutes() {
                return 10;
            }
            public org.hourglass.api.policy.support.StandardRules.Boundary removalBoundary() {
                return org.hourglass.api.policy.support.StandardRules.Boundary.UNDER;
            }
            public int maxLearners() {
                return 999;
            }
        };
    }

    private static SubsidyEstimate of(Map<CourseType, String> hours) {
        Map<CourseType, Hours> h = new java.util.EnumMap<>(CourseType.class);
        hours.forEach((t, v) -> h.put(t, Hours.of(new java.math.BigDecimal(v))));
        return SubsidyCalculator.estimate(DEFAULTS, h);
    }

    @Test
    public void bj07_60FreePlus40PaidIs1400() {
        SubsidyEstimate e = of(Map.of(CourseType.FREE_ON_DEMAND, "60.0", CourseType.PAID_ON_DEMAND, "40.0"));
        assertTrue(e.eligible());
        assertEquals(80, e.tierHours());
        assertEquals("1400.00", e.amount().toString());
        assertEquals("the paid hours first (BJ-6)", CourseType.PAID_ON_DEMAND, e.lines().get(0).type());
        assertEquals(40, e.lines().get(1).hours());
    }

    @Test
    public void bj08_flooredPerTypeGives800() {
        SubsidyEstimate e = of(Map.of(CourseType.FREE_ON_DEMAND, "10.3", CourseType.PAID_ON_DEMAND, "15.8", CourseType.OWN_RECORDED, "13.9"));
        assertTrue("40.0 in all reaches the threshold", e.eligible());
        assertEquals("40.0", e.totalHours().toString());
        assertEquals(40, e.tierHours());
        assertEquals("800.00", e.amount().toString());
    }

    @Test
    public void bj03_under40HoursNothing() {
        SubsidyEstimate e = of(Map.of(CourseType.PAID_ON_DEMAND, "39.9"));
        assertFalse(e.eligible());
        assertEquals("0.00", e.amount().toString());
        assertEquals(0, e.tierHours());
    }

    @Test
    public void bj04_tiersAt40_60_80() {
        assertEquals(40, of(Map.of(CourseType.FREE_ON_DEMAND, "59.9")).tierHours());
        assertEquals(60, of(Map.of(CourseType.FREE_ON_DEMAND, "60.0")).tierHours());
        assertEquals(60, of(Map.of(CourseType.FREE_ON_DEMAND, "79.9")).tierHours());
        assertEquals(80, of(Map.of(CourseType.FREE_ON_DEMAND, "200.0")).tierHours());
        assertEquals("800.00", of(Map.of(CourseType.FREE_ON_DEMAND, "200.0")).amount().toString());
    }

    @Test
    public void bj06_highestRateFirstUpToTheTier() {
        SubsidyEstimate e = of(Map.of(CourseType.FREE_ON_DEMAND, "30.0", CourseType.OFFLINE, "35.0"));
        assertEquals(60, e.tierHours());
        assertEquals("35×25 + 25×10", "1125.00", e.amount().toString());
    }

    @Test
    public void bj02_ratesAreConfiguration() {
        assertEquals("10.00", DEFAULTS.rates().get(CourseType.FREE_ON_DEMAND).toString());
        assertEquals("[40, 60, 80]", DEFAULTS.parameters().get("tiers"));
    }
}
