package org.hourglass.classes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.hourglass.api.classes.NewClass;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.problem.FieldError;
import org.junit.Test;

public class NewClassValidatorTest {
    private static final LocalDate JUNE = LocalDate.of(2021, 6, 1);

    @Test
    public void c20_aValidClassHasNoErrors() {
        assertEquals(0, NewClassValidator.validate(new NewClass("Welders", "beijing-subsidy", PartyKind.ORGANIZATION, 1L,
                JUNE, null, 30, Map.of("examModel", "class"), null)).size());
    }

    @Test
    public void c20_endDateMayBeUndeterminedButNotBeforeStart() {
        var errors = NewClassValidator.validate(new NewClass("A", "hr-exam", null, null, JUNE, JUNE.minusDays(1), 5, null, null));
        assertEquals("endDate", errors.get(0).field());
    }

    @Test
    public void everyBadFieldIsReported() {
        var fields = NewClassValidator.validate(new NewClass("", "Not A Code", PartyKind.LEARNER, -1L, null, null, 0,
                Map.of("bad key!", "v"), -3L)).stream().map(FieldError::field).toList();
        assertTrue(fields.toString(), fields.containsAll(java.util.List.of("name", "policy", "ownerKind", "ownerId", "startDate",
                "capacity", "settings.bad key!")));
    }

    @Test
    public void controlCharactersInNamesAreRefused() {
        assertEquals("name", NewClassValidator.validate(new NewClass("A\u0000B", "hr-exam", null, null, JUNE, null, 5, null, null))
                .get(0).field());
    }
}
