package org.hourglass.policy.hr.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code hr:periods}: the exam periods, their registrations and hand-off (HR-7, AT RISK marked), and today's registration (HR-3). */
@Command(scope = "hr", name = "periods", description = "Exam periods of the hr-exam policy, their hand-off and today's registration")
@Service
public class PeriodsCommand implements Action {
    @Reference
    private Periods periods;

    @Reference
    private Registrations registrations;

    @Reference
    private HandOffs handOffs;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("period");
        table.column("exam date");
        table.column("registered");
        table.column("passed");
        table.column("handed off");
        table.column("deadline");
        for (Periods.Period p : periods.all()) {
            HandOffs.PeriodHandOff h = handOffs.of(p.number());
            table.addRow().addContent("第 " + p.number() + " 期", p.examDate(), registrations.of(p.number()).size(), h.passed(),
                    h.delivered() + (h.atRisk() ? " AT RISK" : ""), h.deadline());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        Periods.Registration today = periods.today();
        return out.toString(StandardCharsets.UTF_8) + (today.open() ? "registration open for period " + today.period().number()
                + " (exam " + today.period().examDate() + ")" : "registration closed: " + today.reason());
    }
}
