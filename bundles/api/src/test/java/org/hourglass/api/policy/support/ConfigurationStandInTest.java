package org.hourglass.api.policy.support;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Map;
import org.junit.Test;

/** A typed configuration from a map, converted and named as DS does it. */
public class ConfigurationStandInTest {
    @interface Sample {
        String rate() default "10.00";

        int maxLearners() default 999;

        boolean strict() default false;

        String[] tiers() default {"40", "60"};

        int daily_cap() default 8;
    }

    @Test
    public void valuesAreConvertedAndDefaultsFillTheRest() {
        Sample s = ConfigurationStandIn.of(Sample.class, Map.of("maxLearners", "500", "strict", "true", "daily.cap", 6,
                "tiers", "40, 60, 80"));
        assertEquals("10.00", s.rate());
        assertEquals(500, s.maxLearners());
        assertEquals(true, s.strict());
        assertEquals(6, s.daily_cap());
        assertArrayEquals(new String[] {"40", "60", "80"}, s.tiers());
        assertEquals(Sample.class, s.annotationType());
    }

    @Test
    public void aValueOfTheWrongTypeNamesItsKey() {
        Sample s = ConfigurationStandIn.of(Sample.class, Map.of("maxLearners", "lots"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::maxLearners);
        assertEquals("maxLearners = 'lots' is not a int", e.getMessage());
    }
}
