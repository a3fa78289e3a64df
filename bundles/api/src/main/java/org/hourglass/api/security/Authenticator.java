package org.hourglass.api.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Resolves a bearer token to its live session's caller; empty for unknown, expired or ended sessions (C-4). */
@ProviderType
public interface Authenticator {
    Optional<Caller> authenticate(String bearerToken);
}
