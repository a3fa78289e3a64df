package org.hourglass.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;
import org.junit.Test;

/** The API.md JSON conventions and the 400 answers for input that breaks them. */
public class JsonRulesTest {
    private final ObjectMapper mapper = JsonMapperFactory.create();

    public record Line(Money amount, Hours hours, LocalDate day, int count) {
    }

    @Test
    public void moneyIsAStringWithTwoDecimalsAndHoursANumberWithOne() throws Exception {
        String json = mapper.writeValueAsString(new Line(Money.parse("1400"), Hours.ofTenths(400), LocalDate.of(2021, 6, 30), 3));
        assertEquals("{\"amount\":\"1400.00\",\"hours\":40.0,\"day\":\"2021-06-30\",\"count\":3}", json);
        Line back = mapper.readValue(json, Line.class);
        assertEquals(Money.parse("1400.00"), back.amount());
        assertEquals(Hours.ofTenths(400), back.hours());
    }

    @Test
    public void fractionsOfACentOrOfATenthAre400WithTheField() {
        ProblemBody money = translate("{\"amount\":\"1.005\",\"hours\":1,\"day\":\"2021-06-30\",\"count\":1}");
        assertEquals(400, money.status());
        assertEquals("amount", money.errors().get(0).field());
        ProblemBody hours = translate("{\"amount\":\"1.00\",\"hours\":1.25,\"day\":\"2021-06-30\",\"count\":1}");
        assertEquals("hours", hours.errors().get(0).field());
    }

    @Test
    public void wrongTypesNamesTheExpectedType() {
        ProblemBody p = translate("{\"amount\":\"1.00\",\"hours\":1,\"day\":\"2021-06-30\",\"count\":\"three\"}");
        assertEquals("count", p.errors().get(0).field());
        assertTrue(p.detail(), p.detail().contains("a whole number"));
        ProblemBody floatForInt = translate("{\"amount\":\"1.00\",\"hours\":1,\"day\":\"2021-06-30\",\"count\":1.5}");
        assertEquals("count", floatForInt.errors().get(0).field());
    }

    @Test
    public void malformedDuplicateDeepAndNaNAre400() {
        assertEquals(400, translate("{\"amount\":").status());
        assertEquals(400, translate("{\"count\":1,\"count\":2}").status());
        assertEquals(400, translate("[".repeat(JsonMapperFactory.MAX_NESTING + 5)).status());
        assertEquals(400, translate("{\"amount\":\"1.00\",\"hours\":NaN,\"day\":\"2021-06-30\",\"count\":1}").status());
        assertEquals(400, translate("{\"amount\":\"1.00\",\"hours\":1,\"day\":\"2021-06-30\",\"count\":1} trailing").status());
        ProblemBody unknown = translate("{\"amount\":\"1.00\",\"hours\":1,\"day\":\"2021-06-30\",\"count\":1,\"colour\":\"red\"}");
        assertEquals("colour", unknown.errors().get(0).field());
        assertEquals("unknown field", unknown.errors().get(0).message());
        assertTrue(translate("{\"amount\":\"1.00\"}").errors().get(0).message().startsWith("required: "));
    }

    @Test
    public void problemsKeepTheirStatusAndRuleIdAndUnknownFailuresSayNothingInternal() {
        ProblemBody rule = ProblemTranslator.translate(Problem.ruleViolated("HR-3", "no registration on an exam day"));
        assertEquals(409, rule.status());
        assertEquals("HR-3: no registration on an exam day", rule.detail());
        ProblemBody absent = ProblemTranslator.translate(new RuntimeException("wrapped", Problem.policyNotDeployed("hr-exam")));
        assertEquals(503, absent.status());
        assertTrue(absent.type().endsWith("/policy-not-deployed"));
        ProblemBody internal = ProblemTranslator.translate(new IllegalStateException("secret table name"));
        assertEquals(500, internal.status());
        assertTrue(!internal.detail().contains("secret"));
        assertEquals(List.of(), internal.errors());
    }

    private ProblemBody translate(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Line.class));
        return ProblemTranslator.translate(e);
    }
}
