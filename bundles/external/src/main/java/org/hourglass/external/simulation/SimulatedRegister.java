package org.hourglass.external.simulation;

import java.util.List;
import org.hourglass.api.authority.QualifiedPerson;
import org.osgi.annotation.versioning.ProviderType;

/** The simulated qualification register's back door for demos and tests: make it fail, see what it recorded. */
@ProviderType
public interface SimulatedRegister {
    /** From now on the first {@code tries} deliveries of each new record fail (the register is "unavailable"); 0 = none fail. */
    void failFirstTries(int tries);

    /** What the register recorded, once per key, in the order recorded. */
    List<QualifiedPerson> recorded();

    /** How many times a record with {@code key} was delivered, failed tries included. */
    int deliveries(String key);
}
