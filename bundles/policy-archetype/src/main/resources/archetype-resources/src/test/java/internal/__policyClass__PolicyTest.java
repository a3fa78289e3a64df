package ${package}.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.CourseStanding;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.policy.LeaveRequest;
import org.hourglass.api.policy.OwnerFacts;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.RosterFacts;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.SettlementInput;
import org.hourglass.api.policy.TransitionRequest;
import org.hourglass.api.policy.support.ConfigurationStandIn;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.rest.Roles;
import org.junit.Test;

/** The policy's rules without a framework: its configuration stands in, the facts are built by hand. */
public class ${policyClass}PolicyTest {
    private static final Party OWNER = new Party(PartyKind.ORGANIZATION, 7L, "Acme");
    private static final ClassContext CLS = new ClassContext(42, ${policyClass}Policy.CODE, "Welders", OWNER, LocalDate.of(2026, 3, 1),
            null, "OPEN", 2, 30, Map.of());

    private final ${policyClass}Policy policy = new ${policyClass}Policy(ConfigurationStandIn.of(${policyClass}Config.class,
            Map.of("voucherYuan", "600.00")));

    private static LearnerStanding learner(long id, int watched, Integer score) {
        return new LearnerStanding(id, List.of(new CourseStanding(1, CourseType.FREE_ON_DEMAND, Hours.ofWhole(10), watched, score)),
                watched, null, Hours.ZERO, false);
    }

    @Test
    public void oneVoucherPerLearnerWhoCompletedTheClass() {
        Settlement s = policy.settle(new SettlementInput(CLS, List.of(learner(1, 100, 60), learner(2, 100, 59), learner(3, 80, null)),
                Instant.parse("2026-06-01T00:00:00Z")));
        assertEquals("600.00", s.total().toString());
        assertEquals(3, s.lines().size());
        assertEquals("600.00", s.parameters().get("voucherYuan"));
    }

    @Test
    public void aClassOpensOnlyWithLearners() {
        OwnerFacts owner = new OwnerFacts(OWNER, null, null, null);
        assertFalse(policy.mayTransition(new TransitionRequest(CLS, "OPEN", 1, Set.of(Roles.ORG_ADMIN), null, owner, RosterFacts.EMPTY,
                Instant.now())).decision().allowed());
        assertEquals(List.of("PLANNED", "OPEN", "CLOSED"), policy.lifecycle().states());
    }

    @Test
    public void removalUnderTenMinutesOnly() {
        assertTrue(policy.mayLeave(new LeaveRequest(CLS, 1, 599, Instant.now())).allowed());
        assertFalse(policy.mayLeave(new LeaveRequest(CLS, 1, 600, Instant.now())).allowed());
    }
}
