package org.hourglass.api.identity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;

public class IdentityChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);

    @Test
    public void c01_theStandardsExampleIsValid() {
        // GB 11643-1999's own example number
        assertTrue(ResidentIdNumber.problem("11010519491231002X", TODAY).isEmpty());
        assertTrue(ResidentIdNumber.problem("11010519491231002x", TODAY).isEmpty());
    }

    @Test
    public void c01_badChecksumBirthDateOrLengthIsRefusedWithAReason() {
        assertTrue(ResidentIdNumber.problem("110105194912310021", TODAY).orElseThrow().contains("check character"));
        assertTrue(ResidentIdNumber.problem("110105194913310025", TODAY).orElseThrow().contains("birth date"));
        assertTrue(ResidentIdNumber.problem("110105203012310025", TODAY).orElseThrow().contains("not plausible"));
        assertTrue(ResidentIdNumber.problem("1101051949123100", TODAY).orElseThrow().contains("18 characters"));
        assertTrue(ResidentIdNumber.problem("11010519491231002Y", TODAY).orElseThrow().contains("digit or X"));
        assertTrue(ResidentIdNumber.problem("1101051949123100２X", TODAY).isPresent());
    }

    @Test
    public void c01_checkCharacterIsMod11() {
        String first17 = "11010519491231002";
        assertEquals('X', ResidentIdNumber.checkCharacter(first17));
    }

    @Test
    public void idNumbersAreMaskedForRolesThatDoNotNeedThem() {
        assertEquals("110105********002X", ResidentIdNumber.mask("11010519491231002X"));
    }

    @Test
    public void c05_creditCodeChecksum() {
        String first17 = "91110108MA01ABCDE".replace('E', '0').replace('D', '1');
        String code = first17 + CreditCode.checkCharacter(first17);
        assertTrue(CreditCode.problem(code).isEmpty());
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        assertTrue(CreditCode.problem(first17 + wrong).orElseThrow().contains("check character"));
        assertTrue(CreditCode.problem("91110108MA01ABC1OX").orElseThrow().contains("not allowed"));
        assertTrue(CreditCode.problem("9111").orElseThrow().contains("18 characters"));
    }

    @Test
    public void c05_aPublishedCodeIsValid() {
        // the credit code printed in GB 32100-2015-based examples
        assertTrue(CreditCode.problem("91350100M000100Y43").isEmpty());
    }
}
