package org.hourglass.api.classes;

import org.hourglass.api.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Moves a class through its policy's lifecycle for another bundle acting on a caller's request (e.g. BJ-15: a
 * subsidy application closes the class), with the same role checks, policy guard and audit as
 * {@code POST /api/v1/classes/{id}/transitions}.
 */
@ProviderType
public interface ClassLifecycle {
    TransitionView transition(Caller caller, long classId, TransitionBody body);
}
