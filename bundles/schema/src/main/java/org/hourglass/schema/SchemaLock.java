package org.hourglass.schema;

import java.time.Instant;

/**
 * Liquibase's migration lock on the database (issue 20): whether a node holds it, which and since when, and the name this
 * node takes it in. A lock no live node holds is released by the next node that migrates: at once if it was taken in this
 * node's name or by a process of this host that is gone, after {@code 10 minutes} otherwise.
 *
 * @param thisNode the owner Liquibase writes when this node takes the lock: {@code <host>#<description> (<address>)}
 * @param locked whether the lock is taken
 * @param lockedBy who took it, {@code null} when free
 * @param grantedAt when it was taken, {@code null} when free
 */
public record SchemaLock(String thisNode, boolean locked, String lockedBy, Instant grantedAt) {
}
