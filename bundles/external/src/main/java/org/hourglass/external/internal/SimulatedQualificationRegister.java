package org.hourglass.external.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hourglass.api.authority.QualificationRegister;
import org.hourglass.api.authority.QualifiedPerson;
import org.hourglass.external.simulation.SimulatedRegister;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's register of qualified people (HR-7's HR-market management system): records each key once and answers its
 * receipt again for a repeated delivery; fails a record's first tries when told to. Its state lives in memory.
 */
@Component(service = {QualificationRegister.class, SimulatedRegister.class})
public class SimulatedQualificationRegister implements QualificationRegister, SimulatedRegister {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedQualificationRegister.class);

    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    private final List<QualifiedPerson> recorded = new CopyOnWriteArrayList<>();
    private volatile int failFirstTries;

    @Override
    public synchronized String record(QualifiedPerson person) {
        int n = deliveries.merge(person.key(), 1, Integer::sum);
        String receipt = receipts.get(person.key());
        if (receipt != null) {
            return receipt;
        }
        if (n <= failFirstTries) {
            LOG.info("SIMULATED REGISTER refuses try {} of {} (configured to fail the first {})", n, person.key(), failFirstTries);
            throw new IllegalStateException("the register is unavailable (simulated failure " + n + " of " + failFirstTries + ")");
        }
        receipt = "SIMREG-" + (recorded.size() + 1);
        receipts.put(person.key(), receipt);
        recorded.add(person);
        LOG.info("SIMULATED REGISTER recorded {} ({}) as {}", person.key(), person.qualification(), receipt);
        return receipt;
    }

    @Override
    public void failFirstTries(int tries) {
        this.failFirstTries = Math.max(0, tries);
    }

    @Override
    public List<QualifiedPerson> recorded() {
        return List.copyOf(recorded);
    }

    @Override
    public int deliveries(String key) {
        return deliveries.getOrDefault(key, 0);
    }
}
