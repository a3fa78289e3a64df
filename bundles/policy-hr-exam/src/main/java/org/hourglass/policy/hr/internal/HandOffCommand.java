package org.hourglass.policy.hr.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code hr:handoff <period>}: delivers the period's due hand-offs now (HR-7) and says where the period stands. */
@Command(scope = "hr", name = "handoff", description = "Hand the period's passed candidates to the HR-market system now (HR-7)")
@Service
public class HandOffCommand implements Action {
    @Argument(index = 0, name = "period", description = "the period's number (第 N 期)", required = true)
    private int period;

    @Reference
    private HandOffs handOffs;

    @Override
    public Object execute() {
        HandOffs.Run run = handOffs.run(period);
        HandOffs.PeriodHandOff state = handOffs.of(period);
        return "period " + period + ": " + run.attempted() + " due, " + run.delivered() + " delivered now, " + run.failed()
                + " failed (retried with back-off); " + state.delivered() + " of " + state.passed() + " passed candidates handed off, "
                + "deadline " + state.deadline() + (state.atRisk() ? " — AT RISK" : "");
    }
}
