/**
 * The live-streaming platform lessons run on (IN-10; ARCHITECTURE principle 7): Hourglass plans sessions and reads who
 * watched them live or as a replay, for how long; the stream itself is outside. {@code hourglass-external} provides a
 * simulated platform; an integrator's bundle with a higher service ranking replaces it.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hourglass.api.live;
