package org.hourglass.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hourglass.api.problem.FieldError;
import org.junit.Test;

/** Issue 14 item 5: common, simple and personal passwords are refused. */
public class PasswordRulesTest {
    private static final String ID = "11010519850312001X";

    private static List<FieldError> check(String password, String... facts) {
        List<FieldError> errors = new ArrayList<>();
        PasswordRules.check(errors, "password", password, facts);
        return errors;
    }

    @Test
    public void commonSimpleAndPersonalPasswordsAreRefused() {
        for (String refused : List.of("12345678", "PASSWORD1", "1qaz2wsx", "woaini1314", "aaaaaaaa", "abababab", "abcdefghij",
                "98765432", "short")) {
            assertEquals(refused, 1, check(refused, ID).size());
        }
        assertEquals(1, check(ID.toLowerCase(), ID).size()); // the ID number itself
        assertEquals(1, check("my-" + ID.substring(12) + "-pw", ID).size()); // the initial password inside
        assertEquals(1, check("13912345678", ID, "13912345678").size()); // the phone
        assertEquals(1, check("zhangsan-pass", ID, null, "zhangsan").size()); // the name
    }

    @Test
    public void ordinaryPasswordsPass() {
        for (String fine : List.of("study-hard-1", "org-admin-pass", "reset-secret-1", "Tr0ub4dor&3", "correct horse battery")) {
            assertTrue(fine, check(fine, ID, "13912345678", "Li Lei").isEmpty());
        }
    }
}
