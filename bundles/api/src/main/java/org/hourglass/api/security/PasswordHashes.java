package org.hourglass.api.security;

import org.osgi.annotation.versioning.ProviderType;

/** Salted, slow password hashes as stored by accounts and in {@code etc/} (never plaintext). */
@ProviderType
public interface PasswordHashes {
    String hash(char[] password);

    boolean verify(char[] password, String storedHash);
}
