package org.hourglass.accounts.internal;

import org.hourglass.api.security.PasswordHashes;
import org.osgi.service.component.annotations.Component;

/** {@link PasswordHashes} with {@link PasswordHasher}'s PBKDF2 at OWASP's 600,000 iterations. */
@Component
public class Pbkdf2PasswordHashes implements PasswordHashes {
    @Override
    public String hash(char[] password) {
        return PasswordHasher.hash(password, PasswordHasher.DEFAULT_ITERATIONS);
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        return PasswordHasher.verify(password, storedHash);
    }
}
