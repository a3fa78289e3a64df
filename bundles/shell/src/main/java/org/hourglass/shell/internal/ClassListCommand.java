package org.hourglass.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassView;

/** Lists classes with their policy, owner, state and selected package version (C-20, C-12). */
@Service
@Command(scope = "hourglass", name = "class-list", description = "Lists classes: policy, owner, status, dates, package")
public class ClassListCommand implements Action {
    @Option(name = "--policy", description = "only classes of this policy code")
    String policy;

    @Option(name = "--offset", description = "skip this many classes")
    int offset;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    int limit = 50;

    @Reference
    ClassDirectory classes;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Name", "Policy", "Owner", "Status", "Start", "End", "Capacity", "Package"}) {
            table.column(c);
        }
        for (ClassView c : classes.list(policy, Math.max(0, offset), Math.max(1, Math.min(limit, 500)))) {
            table.addRow().addContent(c.id(), c.name(), c.policy(), c.ownerKind() + " " + c.ownerId(), c.status(), c.startDate(),
                    c.endDate() == null ? "undetermined" : c.endDate(), c.capacity(),
                    c.packageId() == null ? "" : c.packageId() + " v" + c.packageVersion());
        }
        table.print(System.out);
        return null;
    }
}
