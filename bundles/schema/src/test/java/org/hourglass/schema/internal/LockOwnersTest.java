package org.hourglass.schema.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Issue 20: whose Liquibase lock a node may release without waiting. */
public class LockOwnersTest {
    private final String self = LockOwners.thisJvm();

    @Test
    public void thisJvmSignsWithItsProcessAndStart() {
        long pid = ProcessHandle.current().pid();
        assertTrue(self, self.contains("#hourglass-pid-" + pid + "-"));
        assertTrue(LockOwners.isThisJvm(self));
        assertFalse("alive", LockOwners.isGoneFromThisHost(self));
        assertArrayEquals(new long[] {12, 34}, LockOwners.process("node-a#hourglass-pid-12-34 (10.0.0.1)").orElseThrow());
    }

    @Test
    public void aProcessOfThisHostThatIsGoneIsToldApart() {
        String restarted = self.replaceFirst("(#hourglass-pid-\\d+-)\\d+", "$11"); // same pid, another start
        assertFalse(LockOwners.isThisJvm(restarted));
        assertTrue(restarted, LockOwners.isGoneFromThisHost(restarted));
        String freePid = self.replaceFirst("#hourglass-pid-\\d+-", "#hourglass-pid-" + Integer.MAX_VALUE + "-");
        assertTrue(freePid, LockOwners.isGoneFromThisHost(freePid));
    }

    @Test
    public void anotherHostsLockOrAForeignOwnerIsNeverJudgedGone() {
        assertFalse(LockOwners.isGoneFromThisHost("another node#hourglass-pid-1-1 (192.0.2.7)"));
        assertFalse(LockOwners.isGoneFromThisHost("a node killed while migrating"));
        assertFalse(LockOwners.isGoneFromThisHost(null));
        assertFalse(LockOwners.isThisJvm(null));
        assertTrue(LockOwners.process("host#hourglass-pid-x-1 (a)").isEmpty());
        assertTrue(LockOwners.process("host#operator's own (a)").isEmpty());
    }
}
