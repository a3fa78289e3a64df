package org.hourglass.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.hourglass.schema.SchemaHistory;
import org.hourglass.schema.SchemaLock;

/**
 * {@code hourglass:schema}: where each bundle's schema stands on this node's database (issue 20); {@code --history} adds
 * every change the database has run, in order (Liquibase's DATABASECHANGELOG). Below the units: Liquibase's migration
 * lock (free, or who holds it since when) and the name this node takes it in.
 */
@Service
@Command(scope = "hourglass", name = "schema", description = "Schema of each bundle that owns tables (CURRENT, MIGRATING, REFUSED, FAILED) and, with --history, the changes the database ran")
public class SchemaCommand implements Action {
    @Reference
    SchemaHistory schema;

    @Option(name = "--history", description = "also list every change the database has run, oldest first")
    boolean history;

    @Override
    public Object execute() {
        ShellTable units = new ShellTable();
        units.column("Unit");
        units.column("Bundle");
        units.column("State");
        units.column("Changes").alignRight();
        units.column("Detail");
        schema.states().forEach(s -> units.addRow().addContent(s.unit(), s.bundle(), s.status(), s.ran() + "/" + s.declared(), s.detail()));
        units.print(System.out);
        SchemaLock lock = schema.lock();
        System.out.println(lock.locked()
                ? "Migration lock: held by " + lock.lockedBy() + " since " + lock.grantedAt()
                : "Migration lock: free");
        System.out.println("This node takes it as " + lock.thisNode());
        if (history) {
            ShellTable changes = new ShellTable();
            changes.column("#").alignRight();
            changes.column("Unit");
            changes.column("Change");
            changes.column("Ran at");
            changes.column("Result");
            schema.applied().forEach(c -> changes.addRow().addContent(c.order(), c.unit(), c.id(), c.executedAt(), c.result()));
            changes.print(System.out);
        }
        return null;
    }
}
