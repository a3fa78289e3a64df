package org.hourglass.external.internal;

import java.nio.charset.StandardCharsets;
import org.hourglass.api.verification.FaceVerifier;
import org.osgi.service.component.annotations.Component;

/**
 * The demo's face verification (C-38): every capture matches, except one whose bytes contain the
 * marker {@code NO-FACE} — so demos and tests can show a failed check without a real service.
 */
@Component(service = FaceVerifier.class)
public class SimulatedFaceVerifier implements FaceVerifier {
    static final byte[] NO_FACE = "NO-FACE".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean matches(long learnerId, String idNumber, byte[] image, String contentType) {
        outer:
        for (int i = 0; i <= image.length - NO_FACE.length; i++) {
            for (int j = 0; j < NO_FACE.length; j++) {
                if (image[i + j] != NO_FACE[j]) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }
}
