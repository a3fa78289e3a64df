package org.hourglass.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PasswordHasherTest {
    @Test
    public void verifiesOnlyTheRightPassword() {
        String hash = PasswordHasher.hash("s3cret".toCharArray(), 1000);
        assertTrue(PasswordHasher.verify("s3cret".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("s3cret ".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("s3cret".toCharArray(), "plain:s3cret"));
    }

    @Test
    public void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("x".toCharArray(), 1000), PasswordHasher.hash("x".toCharArray(), 1000));
    }

    @Test
    public void tokenHashIsSha256Hex() {
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", PasswordHasher.sha256Hex("hello"));
    }
}
