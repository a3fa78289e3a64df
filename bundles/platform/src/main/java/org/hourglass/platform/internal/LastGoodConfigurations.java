package org.hourglass.platform.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last accepted configuration of each policy PID, in the platform bundle's data area: what the guard delivers
 * instead of a refused change, also after a restart (the refused value may still sit in {@code etc/<pid>.cfg}).
 * Values are Config Admin's plain types (strings, numbers, booleans and arrays of them); reading accepts nothing else.
 */
final class LastGoodConfigurations {
    private static final Logger LOG = LoggerFactory.getLogger(LastGoodConfigurations.class);
    private static final ObjectInputFilter PLAIN = ObjectInputFilter.Config.createFilter(
            "java.util.HashMap;java.lang.String;java.lang.Integer;java.lang.Long;java.lang.Boolean;java.lang.Double;java.lang.Float;"
                    + "java.lang.Short;java.lang.Byte;java.lang.Character;java.lang.Number;java.util.Map$Entry;[*;maxdepth=5;!*");

    /** Values and when they were accepted. */
    record Saved(Map<String, Object> values, Instant acceptedAt) {
    }

    private final File dir;

    LastGoodConfigurations(File dir) {
        this.dir = dir;
        if (dir != null && !dir.isDirectory() && !dir.mkdirs()) {
            LOG.warn("Cannot create {}: refused policy configurations will fall back to nothing after a restart", dir);
        }
    }

    private File file(String pid) {
        return new File(dir, pid.replaceAll("[^A-Za-z0-9._-]", "_") + ".ser");
    }

    synchronized Optional<Saved> load(String pid) {
        File f = dir == null ? null : file(pid);
        if (f == null || !f.isFile()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(f.toPath()); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(PLAIN);
            long at = objects.readLong();
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) objects.readObject();
            return Optional.of(new Saved(Map.copyOf(values), Instant.ofEpochMilli(at)));
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.warn("Cannot read the last good configuration of {} from {}: {}", pid, f, e.toString());
            return Optional.empty();
        }
    }

    synchronized void save(String pid, Map<String, Object> values, Instant at) {
        if (dir == null || load(pid).map(s -> same(s.values(), values)).orElse(false)) {
            return;
        }
        File f = file(pid);
        File tmp = new File(f.getPath() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp.toPath()); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeLong(at.toEpochMilli());
            objects.writeObject(new HashMap<>(values));
        } catch (IOException e) {
            LOG.warn("Cannot keep the good configuration of {} in {}: {}", pid, f, e.toString());
            return;
        }
        try {
            Files.move(tmp.toPath(), f.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot keep the good configuration of {} in {}: {}", pid, f, e.toString());
        }
    }

    static boolean same(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (var e : a.entrySet()) {
            if (!java.util.Objects.deepEquals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
