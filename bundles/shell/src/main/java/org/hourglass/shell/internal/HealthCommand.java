package org.hourglass.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.hourglass.api.platform.PolicyRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** {@code hourglass:health}: the same checks as {@code GET /api/v1/health}, for an admin at the console. */
@Service
@Command(scope = "hourglass", name = "health", description = "Health of the database, core bundles and deployed policies")
public class HealthCommand implements Action {
    @Reference
    BundleContext context;

    @Reference
    PolicyRegistry registry;

    @Override
    public Object execute() throws Exception {
        List<HealthStatus> statuses = new ArrayList<>();
        for (ServiceReference<HealthContributor> ref : context.getServiceReferences(HealthContributor.class, null)) {
            HealthContributor c = context.getService(ref);
            if (c == null) {
                continue;
            }
            try {
                statuses.add(c.check());
            } catch (RuntimeException e) {
                statuses.add(HealthStatus.down(c.component(), e.toString()));
            } finally {
                context.ungetService(ref);
            }
        }
        statuses.sort(Comparator.comparing(HealthStatus::component));
        registry.deployed().forEach(d -> statuses.add(HealthStatus.up("policy " + d.code(), d.name() + " " + d.version())));
        ShellTable table = new ShellTable();
        table.column("Component");
        table.column("State");
        table.column("Detail");
        statuses.forEach(s -> table.addRow().addContent(s.component(), s.up() ? "UP" : "DOWN", s.detail()));
        table.print(System.out);
        return null;
    }
}
