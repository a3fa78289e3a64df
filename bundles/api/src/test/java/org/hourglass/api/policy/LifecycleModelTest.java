package org.hourglass.api.policy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.Test;

/** A lifecycle is checked when the policy builds it, not when a class first takes a wrong edge. */
public class LifecycleModelTest {
    @Test
    public void edgesDeclareTheirStatesAndTheFirstIsInitial() {
        LifecycleModel m = LifecycleModel.startingIn("PLANNED").transition("PLANNED", "OPEN", "ORG_ADMIN")
                .transition("OPEN", "APPLIED", "ORG_ADMIN").studyIn("OPEN").closedIn("APPLIED").build();
        assertEquals("PLANNED", m.initialState());
        assertEquals(List.of("PLANNED", "OPEN", "APPLIED"), m.states());
        assertEquals(Set.of("ORG_ADMIN"), m.edge("OPEN", "APPLIED").orElseThrow().roles());
        assertTrue(m.studyIn("OPEN"));
        assertTrue(m.closedIn("APPLIED"));
        assertFalse(m.edge("APPLIED", "OPEN").isPresent());
    }

    @Test
    public void aTypoOrAStateBothStudyAndClosedIsRefusedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> LifecycleModel.startingIn("PLANNED").transition("PLANNED", "OPEN")
                .studyIn("OPNE").build());
        assertThrows(IllegalArgumentException.class, () -> LifecycleModel.startingIn("PLANNED").transition("PLANNED", "OPEN")
                .studyIn("OPEN").closedIn("OPEN").build());
        assertThrows(IllegalArgumentException.class, () -> LifecycleModel.startingIn("planned").build());
    }

    @Test
    public void creditingRulesStartAtTheSeedsDefaults() {
        CreditingRules r = CreditingRules.builder().dailyCapHours(8).build();
        assertEquals(45, r.minutesPerClassHour());
        assertEquals(480, r.dailyCapMinutes());
        assertFalse(r.forwardSeekOnFirstPass());
        assertFalse(r.creditAfterClose());
        assertTrue(r.reviewAfterClose());
        assertThrows(IllegalArgumentException.class, () -> CreditingRules.builder().signInsPerDay(3).build());
    }
}
