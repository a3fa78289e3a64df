package org.hourglass.policy.jiangsu.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code jiangsu:classes [year] [grade]}: the open classes learners can enrol in (JS-2), with their provider and fee. */
@Command(scope = "jiangsu", name = "classes", description = "Open classes under the jiangsu-credits policy, by training year and grade")
@Service
public class ClassesCommand implements Action {
    @Reference
    private ClassSearch search;

    @Argument(index = 0, name = "year", description = "training year, e.g. 2026", required = false)
    private Integer year;

    @Argument(index = 1, name = "grade", description = "JUNIOR, INTERMEDIATE, SENIOR, TECHNICIAN, SENIOR_TECHNICIAN", required = false)
    private String grade;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"id", "name", "year", "grade", "exam model", "provider", "fee"}) {
            table.column(c);
        }
        for (ClassSearch.Offer o : search.search(year, grade)) {
            table.addRow().addContent(o.classId(), o.name(), o.trainingYear(), o.gradeName(), o.examModel(), o.provider(), o.fee());
        }
        table.print(System.out);
        return null;
    }
}
