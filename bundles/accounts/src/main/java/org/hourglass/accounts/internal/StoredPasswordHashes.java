package org.hourglass.accounts.internal;

import org.hourglass.api.security.PasswordHashes;
import org.osgi.service.component.annotations.Component;

/** {@link PasswordHashes} as {@link PasswordHasher} computes them: Argon2id, PBKDF2 verified for old hashes. */
@Component
public class StoredPasswordHashes implements PasswordHashes {
    @Override
    public String hash(char[] password) {
        return PasswordHasher.hash(password);
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        return PasswordHasher.verify(password, storedHash);
    }
}
