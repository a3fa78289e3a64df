package org.hourglass.policy.hr.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.EnrolmentChannel;
import org.hourglass.api.policy.EnrolmentRequest;
import org.hourglass.api.policy.OwnerFacts;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.SettlementInput;
import org.hourglass.api.policy.support.ConfigurationStandIn;
import org.junit.Test;

/** The policy's rules without a framework. */
public class HrExamPolicyTest {
    private static final Party OWNER = new Party(PartyKind.INSTITUTION, 7L, "北京人力资源服务行业协会");
    private final HrExamPolicy policy = new HrExamPolicy(ConfigurationStandIn.of(HrExamConfig.class, Map.of()));

    private static ClassContext cls(String status) {
        return new ClassContext(42, HrExamPolicy.CODE, "北京市人力资源市场从业人员线上培训", OWNER, LocalDate.of(2026, 1, 1), null, status, 0,
                100000, Map.of());
    }

    @Test
    public void hr1_theSeriesIsFreeAndOpenForSignUpWhileOpen() {
        assertEquals("0.00", policy.enrolmentFee(cls("OPEN")).toString());
        Instant now = Instant.parse("2026-03-02T01:00:00Z");
        OwnerFacts owner = new OwnerFacts(OWNER, null, null, null);
        assertTrue(policy.mayEnrol(new EnrolmentRequest(cls("OPEN"), 5, IdType.RESIDENT_ID, EnrolmentChannel.SELF_ENROL, 0, owner, now))
                .allowed());
        assertEquals("HR-1", policy.mayEnrol(new EnrolmentRequest(cls("PLANNED"), 5, IdType.RESIDENT_ID, EnrolmentChannel.SELF_ENROL, 0,
                owner, now)).ruleId());
        assertEquals("0.00", policy.settle(new SettlementInput(cls("CLOSED"), List.of(), now)).total().toString());
    }
}
