package org.hourglass.classes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.hourglass.api.classes.RosterRow;
import org.hourglass.api.problem.Problem;
import org.junit.Test;

public class CsvRosterTest {
    @Test
    public void c21_seedColumnsQuotesAndBom() {
        List<RosterRow> rows = CsvRoster.parse("\ufeff姓名,联系方式,证件类型,证件号码,性别\r\n"
                + "\"Wang, Wei\",13900000001,身份证,11010519491231002X,男\r\n"
                + "\"Li \"\"Junior\"\"\",,,110105198503150011,女\n\n");
        assertEquals(2, rows.size());
        assertEquals("Wang, Wei", rows.get(0).name());
        assertEquals("身份证", rows.get(0).idType());
        assertEquals("Li \"Junior\"", rows.get(1).name());
        assertNull(rows.get(1).contact());
        assertEquals("女", rows.get(1).gender());
    }

    @Test
    public void c21_aHeaderWithoutNameOrIdNumberIsRefused() {
        assertThrows(Problem.class, () -> CsvRoster.parse("foo,bar\n1,2\n"));
        assertThrows(Problem.class, () -> CsvRoster.parse("name,idNumber\n\"unterminated,1\n"));
    }
}
