package org.hourglass.policy.institution.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.SettlementLine;
import org.hourglass.api.policy.support.PolicyClassAccess;
import org.hourglass.api.records.Settlements;

/** {@code institution:bill <classId>}: the class's bill now (IN-6) — billed heads, per-head fee, amount. */
@Command(scope = "institution", name = "bill", description = "The bill of an institution class: billed heads x per-head fee (IN-6)")
@Service
public class BillCommand implements Action {
    @Reference
    private Settlements settlements;

    @Reference
    private ClassDirectory classes;

    @Argument(index = 0, name = "classId", required = true, description = "the class")
    private long classId;

    @Override
    public Object execute() {
        Settlement s = settlements.settle(PolicyClassAccess.requirePolicyClass(classes, InstitutionPolicy.CODE, classId).classId());
        ShellTable table = new ShellTable();
        table.column("rule");
        table.column("how");
        table.column("heads");
        table.column("fee");
        table.column("yuan");
        for (SettlementLine l : s.lines()) {
            table.addRow().addContent(l.ruleId(), l.description(), l.quantity().toPlainString(), l.unitPrice(), l.amount());
        }
        table.addRow().addContent("total", s.payer().name() + " → " + s.payee().name(), "", "", s.total());
        table.print(System.out);
        return null;
    }
}
