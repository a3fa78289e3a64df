package org.hourglass.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hourglass.api.identity.CreditCode;
import org.hourglass.api.identity.ResidentIdNumber;
import org.junit.Test;

public class DemoDataTest {
    @Test
    public void c01_demoLearnersHaveValidDistinctIdNumbers() {
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < 20; n++) {
            String id = DemoData.idNumber(n);
            assertTrue(id, ResidentIdNumber.problem(id, LocalDate.of(2021, 6, 30)).isEmpty());
            ids.add(id);
        }
        assertEquals(20, ids.size());
    }

    @Test
    public void c05_demoCreditCodesAreValid() {
        assertTrue(CreditCode.problem(DemoData.creditCode("91110108", 1)).isEmpty());
        assertTrue(CreditCode.problem(DemoData.creditCode("52110000", 1)).isEmpty());
    }
}
