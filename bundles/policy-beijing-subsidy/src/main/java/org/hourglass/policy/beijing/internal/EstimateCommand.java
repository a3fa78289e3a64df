package org.hourglass.policy.beijing.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code beijing:estimate <classId>}: the class's subsidy estimate per learner (BJ-2 … BJ-8), IDs masked. */
@Command(scope = "beijing", name = "estimate", description = "Subsidy estimate of a Beijing class, per learner")
@Service
public class EstimateCommand implements Action {
    @Reference
    private Estimates estimates;

    @Argument(index = 0, name = "classId", required = true, description = "the class")
    private long classId;

    @Override
    public Object execute() {
        ClassEstimate e = estimates.of(estimates.beijingClass(classId));
        ShellTable table = new ShellTable();
        table.column("learner");
        table.column("name");
        table.column("ID number");
        table.column("effective hours");
        table.column("tier");
        table.column("yuan");
        for (ClassEstimate.LearnerEstimate l : e.rows()) {
            table.addRow().addContent(l.learnerId(), l.name(), l.idNumber(), l.hoursByType(), l.estimate().tierHours(),
                    l.disqualified() ? "DISQUALIFIED" : l.estimate().amount());
        }
        table.addRow().addContent("total", e.learners() + " learners", e.eligibleLearners() + " eligible", e.parameters(), "", e.total());
        table.print(System.out);
        return null;
    }
}
