package org.hourglass.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.records.Settlements;

/** {@code hourglass:settle <classId>}: the class's money as its policy settles it now — the same as GET /api/v1/classes/{id}/settlement. */
@Service
@Command(scope = "hourglass", name = "settle", description = "The settlement of a class by its policy: payer, payee, lines, total")
public class SettleCommand implements Action {
    @Reference
    Settlements settlements;

    @Argument(index = 0, name = "classId", required = true, description = "the class")
    long classId;

    @Override
    public Object execute() {
        Settlement s = settlements.settle(classId);
        ShellTable table = new ShellTable();
        table.column("Rule");
        table.column("Subject");
        table.column("Description");
        table.column("Quantity");
        table.column("Unit price");
        table.column("Amount");
        s.lines().forEach(l -> table.addRow().addContent(l.ruleId(), l.subject(), l.description(), l.quantity(), l.unitPrice(), l.amount()));
        table.print(System.out);
        return s.policyCode() + ": " + s.payer().name() + " pays " + s.payee().name() + " " + s.total() + " yuan (parameters "
                + s.parameters() + ", as of " + s.asOf() + ")";
    }
}
