package org.hourglass.catalog.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Read-mostly catalogue views kept in memory: every heartbeat reads its course and package version (issue 7 found
 * those reads, contending on EclipseLink cache locks, were most of a beat's time). The catalogue bundle owns every
 * write to its tables and calls {@link #invalidate()} after each write that changes a view; a load that raced with
 * an invalidation is answered but not kept.
 */
final class ViewCache<K, V> {
    private final Map<K, V> views = new ConcurrentHashMap<>();
    private long generation;

    Optional<V> get(K key, Supplier<Optional<V>> load) {
        V cached = views.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before;
        synchronized (this) {
            before = generation;
        }
        Optional<V> loaded = load.get();
        synchronized (this) {
            if (before == generation) {
                loaded.ifPresent(v -> views.put(key, v));
            }
        }
        return loaded;
    }

    synchronized void invalidate() {
        generation++;
        views.clear();
    }
}
