package org.hourglass.policy.hr.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code hr:periods}: the exam periods and whether registration is open today (HR-3). */
@Command(scope = "hr", name = "periods", description = "Exam periods of the hr-exam policy and today's registration")
@Service
public class PeriodsCommand implements Action {
    @Reference
    private Periods periods;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("period");
        table.column("exam date");
        for (Periods.Period p : periods.all()) {
            table.addRow().addContent("第 " + p.number() + " 期", p.examDate());
        }
        table.print(System.out);
        Periods.Registration today = periods.today();
        // the console prints what the command returns
        return today.open() ? "registration open for period " + today.period().number() + " (exam " + today.period().examDate() + ")"
                : "registration closed: " + today.reason();
    }
}
