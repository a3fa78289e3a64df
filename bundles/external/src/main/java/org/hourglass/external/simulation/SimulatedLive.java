package org.hourglass.external.simulation;

import org.osgi.annotation.versioning.ProviderType;

/** The simulated live platform's back door for demos and tests: a learner watched a booked session. */
@ProviderType
public interface SimulatedLive {
    /** Adds minutes watched live and as a replay by a learner to a booked session. */
    void watched(String reference, long learnerId, int liveMinutes, int replayMinutes);
}
