package org.hourglass.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class PasswordHasherTest {
    @Test
    public void newHashesAreArgon2idAtOwaspParameters() {
        String hash = PasswordHasher.hash("s3cret".toCharArray());
        assertTrue(hash, hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        assertTrue(PasswordHasher.isCurrent(hash));
        assertTrue(PasswordHasher.verify("s3cret".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("s3cret ".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("s3cret".toCharArray(), "plain:s3cret"));
        assertFalse(PasswordHasher.verify("s3cret".toCharArray(), null));
    }

    @Test
    public void verifiesTheReferenceImplementationsVectors() {
        // phc-winner-argon2 src/test.c: what any other Argon2id implementation stored must verify here
        assertTrue(PasswordHasher.verify("password".toCharArray(),
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"));
        assertTrue(PasswordHasher.verify("password".toCharArray(),
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"));
        assertFalse(PasswordHasher.verify("passwore".toCharArray(),
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"));
        assertFalse("old parameters are re-hashed at the next login",
                PasswordHasher.isCurrent("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"));
    }

    @Test
    public void storedParametersBeyondTheBoundsAreRefusedNotComputed() {
        // 4 GiB of memory would take the node down: such a hash never verifies
        assertFalse(PasswordHasher.verify("password".toCharArray(),
                "$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"));
        assertFalse(PasswordHasher.verify("password".toCharArray(),
                "$argon2id$v=19$m=65536,t=99,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"));
    }

    @Test
    public void pbkdf2HashesStoredBeforeStillVerifyButAreNotCurrent() {
        String legacy = Pbkdf2Hash.hash("s3cret".toCharArray(), "0123456789abcdef".getBytes(StandardCharsets.US_ASCII), 1000);
        assertTrue(PasswordHasher.verify("s3cret".toCharArray(), legacy));
        assertFalse(PasswordHasher.verify("s3cre7".toCharArray(), legacy));
        assertFalse(PasswordHasher.isCurrent(legacy));
        // the distribution's demo admin hash of 'hourglass-demo' from before issue 14
        assertTrue(PasswordHasher.verify("hourglass-demo".toCharArray(),
                "pbkdf2-sha256$600000$EDYL1cfEcE1wPWYGTWNK9A$oQhu9f7vo4tjJDNruhW8s6AtxOjM8SpAOe1Q+Q+jAG8"));
    }

    @Test
    public void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("x".toCharArray()), PasswordHasher.hash("x".toCharArray()));
    }

    @Test
    public void tokenHashIsSha256Hex() {
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", PasswordHasher.sha256Hex("hello"));
    }
}
