package org.hourglass.external.simulation;

import java.util.Optional;
import org.hourglass.api.messaging.CodePurpose;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a simulated channel "delivered" — the demo's and the tests' stand-in for reading a phone.
 * Only simulated senders register this service; a real gateway never does, so nothing in
 * production can read codes back.
 */
@ProviderType
public interface SimulatedOutbox {
    /** The newest code sent to {@code phone} for {@code purpose}, if any. */
    Optional<SentCode> latest(String phone, CodePurpose purpose);
}
