package org.hourglass.policy.institution.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.hourglass.api.policy.RefundKind;
import org.hourglass.api.policy.RefundRequest;
import org.junit.Test;

/** The policy's rules without a framework: its configuration stands in, its review table is a stub, facts by hand. */
public class InstitutionPolicyTest {
    private static final Party OWNER = new Party(PartyKind.INSTITUTION, 7L, "某职业技能培训学校");
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private int approvals;
    private final ReviewStore reviews = new ReviewStore(null) {
        @Override
        int approvalsInRound(long classId, ReviewEntity.Stage stage) {
            return approvals;
        }
    };
    private boolean exempt;
    private final ExemptionStore exemptions = new ExemptionStore(null) {
        @Override
        boolean granted(long classId) {
            return exempt;
        }
    };
    private final InstitutionPolicy policy = new InstitutionPolicy(ConfigurationStandIn.of(InstitutionConfig.class,
            Map.of("feeLiveOnline", "50.00")), reviews, exemptions);

    private static ClassContext cls(String status, String type) {
        return new ClassContext(42, InstitutionPolicy.CODE, "某企业某岗位第几班", OWNER, LocalDate.of(2022, 8, 16), null, status, 1, 5,
                Map.of(), type);
    }

    private static LearnerStanding learner(long id, boolean completed, boolean joined) {
        return new LearnerStanding(id, List.of(new CourseStanding(1, CourseType.OWN_RECORDED, Hours.ofWhole(10), completed ? 100 : 40,
                completed ? 80 : null)), completed ? 100 : 40, null, Hours.ZERO, false, false, joined);
    }

    private Settlement bill(String type, List<LearnerStanding> learners) {
        return policy.settle(new SettlementInput(cls("CLOSED", type), learners, NOW));
    }

    @Test
    public void in6_theSeedsExampleOneCompletedOfOneJoinedAt75Is75() {
        Settlement s = bill("VOCATIONAL_SKILLS", List.of(learner(1, true, true)));
        assertEquals("75.00", s.total().toString());
        assertEquals(PartyKind.INSTITUTION, s.payer().kind());
        assertEquals(PartyKind.PLATFORM, s.payee().kind());
    }

    @Test
    public void in6_sevenCompletedOfTenJoinedBillsNineAndNobodyJoinedBillsNothing() {
        List<LearnerStanding> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(learner(i, i < 7, true));
        }
        ten.add(learner(99, false, false)); // on the roster, never joined: not counted
        Settlement s = bill("VOCATIONAL_SKILLS", ten);
        assertEquals("9", s.lines().get(0).quantity().toPlainString());
        assertEquals("675.00", s.total().toString());
        assertEquals("0.00", bill("VOCATIONAL_SKILLS", List.of(learner(1, false, false))).total().toString());
        assertEquals("⌈90 % of 1⌉ = 1", 1, BilledHeads.floor(1, 90));
        assertEquals(10, BilledHeads.floor(11, 90));
        assertEquals(0, BilledHeads.floor(0, 90));
    }

    @Test
    public void in1_theFeeIsTheClassTypes() {
        assertEquals("50.00", bill("LIVE_ONLINE", List.of(learner(1, true, true))).total().toString());
    }

    @Test
    public void in5_aGrantedFeeExemptionBillsNothingButStillCountsTheHeads() {
        exempt = true;
        Settlement s = bill("VOCATIONAL_SKILLS", List.of(learner(1, true, true), learner(2, false, true)));
        assertEquals("0.00", s.total().toString());
        assertEquals("2", s.lines().get(0).quantity().toPlainString());
        assertEquals("true", s.lines().get(0).details().get("feeExempt"));
    }

    @Test
    public void in8_aClosingOrderIsRefundedWholeAfterThePlatformsReview() {
        RefundRequest whole = new RefundRequest(1, RefundKind.REFUND, NOW, false, 0, 0, false, org.hourglass.api.quantity.Money.parse("75.00"),
                NOW);
        assertTrue(policy.mayRefund(whole).allowed());
        assertTrue(policy.refundAwaitsSeller(whole));
        assertFalse(policy.mayRefund(new RefundRequest(1, RefundKind.COURSE_RETURN, NOW, false, 0, 0, false,
                org.hourglass.api.quantity.Money.ZERO, NOW)).allowed());
    }

    @Test
    public void in5_openingNeedsARosterAndEveryReviewLevel() {
        OwnerFacts owner = new OwnerFacts(OWNER, null, null, null);
        assertFalse(policy.mayTransition(new TransitionRequest(cls("PLANNED", "VOCATIONAL_SKILLS"), "OPENING_REVIEW", 1,
                Set.of(Roles.BILLING_ADMIN), null, owner, RosterFacts.EMPTY, NOW)).decision().allowed());
        approvals = 1;
        assertFalse(policy.mayTransition(new TransitionRequest(cls("OPENING_REVIEW", "VOCATIONAL_SKILLS"), "OPEN", 1,
                Set.of(Roles.REVIEWER), null, owner, RosterFacts.EMPTY, NOW)).decision().allowed());
        approvals = 2;
        assertTrue(policy.mayTransition(new TransitionRequest(cls("OPENING_REVIEW", "VOCATIONAL_SKILLS"), "OPEN", 1,
                Set.of(Roles.REVIEWER), null, owner, RosterFacts.EMPTY, NOW)).decision().allowed());
    }

    @Test
    public void in3_learnersLeaveOnlyBeforeOpening() {
        assertTrue(policy.mayLeave(new LeaveRequest(cls("PLANNED", "VOCATIONAL_SKILLS"), 1, 0, NOW)).allowed());
        assertFalse(policy.mayLeave(new LeaveRequest(cls("OPEN", "VOCATIONAL_SKILLS"), 1, 0, NOW)).allowed());
        assertTrue(policy.rosterRules(cls("OPEN", "VOCATIONAL_SKILLS")).classPasswordJoin());
    }
}
