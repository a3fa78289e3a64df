package org.hourglass.policy.beijing.internal;

import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;

/** {@code beijing:applications}: every subsidy application with its authority status (BJ-16). */
@Command(scope = "beijing", name = "applications", description = "Beijing subsidy applications and their status")
@Service
public class ApplicationsCommand implements Action {
    /** The console reads like a reviewer: everything, nothing changed. */
    private static final Caller CONSOLE = new Caller(0, "karaf-console", Set.of(Roles.REVIEWER), null, null);

    @Reference
    private Applications applications;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"id", "class", "organisation", "status", "amount", "paid", "authority ref", "claim sha256"}) {
            table.column(c);
        }
        for (ApplicationView a : applications.list(CONSOLE)) {
            table.addRow().addContent(a.id(), a.classId(), a.organizationId(), a.status(), a.amount(), a.paid() == null ? "-" : a.paid(),
                    a.authorityRef() == null ? "-" : a.authorityRef(), a.claimSha256().substring(0, 16));
        }
        table.print(System.out);
        return null;
    }
}
