package org.hourglass.shell.internal;

import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.PolicyStatus;

/**
 * {@code hourglass:policies}: every policy of the node with its state (DEPLOYING, ACTIVE, FAILED) and why, a note when
 * a configuration change was refused, and the policy features that could be installed.
 */
@Service
@Command(scope = "hourglass", name = "policies", description = "Lists policies: code, name, version, state and why")
public class PoliciesCommand implements Action {
    static final String POLICY_FEATURE_PREFIX = "hourglass-policy-";

    @Reference
    PolicyRegistry registry;

    @Reference
    FeaturesService features;

    @Override
    public Object execute() throws Exception {
        Map<String, String[]> rows = new TreeMap<>();
        for (Feature f : features.listFeatures()) {
            if (f.getName().startsWith(POLICY_FEATURE_PREFIX)) {
                String code = f.getName().substring(POLICY_FEATURE_PREFIX.length());
                String state = features.isInstalled(f) ? "INSTALLED (not active)" : "AVAILABLE (feature:install " + f.getName() + ")";
                rows.put(code, new String[] {code, f.getDescription() == null ? "" : f.getDescription(), f.getVersion(), state, ""});
            }
        }
        for (PolicyStatus p : registry.statuses()) {
            String why = p.detail() != null ? p.detail() : p.note() != null ? "note: " + p.note() : "";
            rows.put(p.code(), new String[] {p.code(), p.name() == null ? "" : p.name(), p.version(), p.state().name(), why});
        }
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Version");
        table.column("State");
        table.column("Detail").maxSize(120).wrap();
        rows.values().forEach(r -> table.addRow().addContent((Object[]) r));
        table.print(System.out);
        return null;
    }
}
