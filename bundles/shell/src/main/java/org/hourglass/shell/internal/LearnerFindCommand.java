package org.hourglass.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.identity.ResidentIdNumber;

/** Finds learners by ID number, phone or part of the name; ID numbers masked unless --full (C-1 masking). */
@Service
@Command(scope = "hourglass", name = "learner-find", description = "Finds learners by ID number, phone or name")
public class LearnerFindCommand implements Action {
    @Argument(index = 0, name = "text", required = true, description = "an ID number, a phone, or part of a name")
    String text;

    @Option(name = "--full", description = "show full ID numbers (they are personal data)")
    boolean full;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    int limit = 50;

    @Reference
    LearnerDirectory learners;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Name", "ID type", "ID number", "Phone", "Bound", "Organisation", "Must change pw"}) {
            table.column(c);
        }
        for (LearnerView l : learners.search(text, Math.max(1, Math.min(limit, 500)))) {
            table.addRow().addContent(l.id(), l.name(), l.idType(), full ? l.idNumber() : ResidentIdNumber.mask(l.idNumber()),
                    l.phone() == null ? "" : l.phone(), l.phoneBound() ? "yes" : "no",
                    l.organizationId() == null ? "" : l.organizationId(), l.mustChangePassword() ? "yes" : "no");
        }
        table.print(System.out);
        return null;
    }
}
