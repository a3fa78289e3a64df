package org.hourglass.api.verification;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Face verification of study photos (C-38; ARCHITECTURE principle 7): compares a capture with the
 * learner's identity. The {@code hourglass-external} bundle provides a simulated one; an integrator's
 * bundle with a higher service ranking replaces it. Without any, photos are stored unverified.
 */
@ConsumerType
public interface FaceVerifier {
    /** Whether the image shows the learner; throws {@link IllegalStateException} when the service cannot answer now. */
    boolean matches(long learnerId, String idNumber, byte[] image, String contentType);
}
