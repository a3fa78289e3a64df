package org.hourglass.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.hourglass.api.security.PasswordHashes;

/**
 * {@code hourglass:hash-password <password>}: prints a hash for {@code admin.passwordHash} in
 * {@code etc/org.hourglass.accounts.cfg}, so no plaintext password is ever stored in {@code etc/}.
 */
@Service
@Command(scope = "hourglass", name = "hash-password", description = "Prints an Argon2id hash of a password for etc/ configuration")
public class HashPasswordCommand implements Action {
    @Reference
    PasswordHashes hashes;

    @Argument(index = 0, name = "password", required = true, description = "the password to hash")
    String password;

    @Override
    public Object execute() {
        return hashes.hash(password.toCharArray());
    }
}
