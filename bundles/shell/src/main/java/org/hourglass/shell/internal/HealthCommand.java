package org.hourglass.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.hourglass.api.platform.HealthReport;
import org.hourglass.api.platform.HealthService;

/** {@code hourglass:health}: the same report as {@code GET /api/v1/health}, for an admin at the console. */
@Service
@Command(scope = "hourglass", name = "health", description = "Health of the database, core bundles and persistence units (UP/DOWN), and of each policy (never DOWN)")
public class HealthCommand implements Action {
    @Reference
    HealthService health;

    @Override
    public Object execute() {
        HealthReport report = health.report();
        ShellTable table = new ShellTable();
        table.column("Component");
        table.column("State");
        table.column("Detail");
        report.components().forEach(s -> table.addRow().addContent(s.component(), s.up() ? "UP" : "DOWN", s.detail()));
        report.policies().forEach(p -> table.addRow().addContent("policy " + p.code(), p.state().name(),
                p.version() + (p.detail() == null ? "" : " " + p.detail()) + (p.note() == null ? "" : " note: " + p.note())));
        table.print(System.out);
        return "Overall: " + report.status();
    }
}
