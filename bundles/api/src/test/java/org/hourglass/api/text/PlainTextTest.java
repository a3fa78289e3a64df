package org.hourglass.api.text;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Issue 14 item 11: bidi overrides, zero-width characters, controls and blanks are no names. */
public class PlainTextTest {
    @Test
    public void namesWithHiddenCharactersAreNotPlain() {
        for (String bad : new String[] {"\u202Eevil", "\u200B", "Li\u200BLei", "a\u0000b", "a\nb", " \u3000 ", "", "x\uD800",
                "\uFEFFname"}) {
            assertFalse(bad.codePoints().mapToObj(Integer::toHexString).toList().toString(), PlainText.isPlain(bad));
        }
        assertFalse(PlainText.isPlain(null));
    }

    @Test
    public void ordinaryNamesArePlain() {
        for (String good : new String[] {"张三", "Zhang San", "O'Brien-Smith", "=cmd|' /C calc'!A0", "李 雷", "Ma·Li", "😀 Team"}) {
            assertTrue(good, PlainText.isPlain(good));
        }
    }
}
