package org.hourglass.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.invalidation.TimeToLiveCacheInvalidationPolicy;
import org.eclipse.persistence.sessions.Session;

/**
 * Issue 20: each node of a cluster keeps its own EclipseLink shared cache, which never hears of rows another node changed.
 * On a cluster node ({@value #SECONDS} set, e.g. 2 in {@code etc/system.properties}) every cached entity expires that many
 * seconds after it was read, so what one node changed is what every node answers within seconds. Writes never rely on the
 * cache: versioned rows refuse a stale copy, and what must hold at once across nodes (sessions, pop-up questions) is not
 * cached at all. On a single node (unset, the default) the cache is kept as it was.
 *
 * <p>Every unit names it: {@code <property name="eclipselink.session.customizer" value="org.hourglass.persistence.ClusterCache"/>}
 * (the policy archetype's persistence.xml does).
 */
public final class ClusterCache implements SessionCustomizer {
    /** System property: seconds a cached entity lives on a cluster node; unset or 0 on a single node. */
    public static final String SECONDS = "hourglass.cluster.cacheSeconds";

    @Override
    public void customize(Session session) {
        long seconds = Long.getLong(SECONDS, 0L);
        if (seconds <= 0) {
            return;
        }
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            descriptor.setCacheInvalidationPolicy(new TimeToLiveCacheInvalidationPolicy(seconds * 1000));
        }
    }
}
