package org.hourglass.policy.institution.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassView;

/** {@code institution:classes}: the classes under this policy, their state, type and institution. */
@Command(scope = "institution", name = "classes", description = "Classes under the institution-billing policy")
@Service
public class ClassesCommand implements Action {
    @Reference
    private ClassDirectory classes;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("id");
        table.column("name");
        table.column("type");
        table.column("institution");
        table.column("status");
        table.column("capacity");
        for (ClassView c : classes.list(InstitutionPolicy.CODE, 0, 1000)) {
            table.addRow().addContent(c.id(), c.name(), c.classType(), c.ownerId(), c.status(), c.capacity());
        }
        table.print(System.out);
        return null;
    }
}
