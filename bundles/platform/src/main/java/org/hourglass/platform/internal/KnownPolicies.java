package org.hourglass.platform.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every policy code ever deployed on this installation, kept in the platform bundle's data area so it survives a
 * restart: the paths of a known policy that is away answer 503 policy-not-deployed, those of an unknown code 404.
 */
final class KnownPolicies {
    private static final Logger LOG = LoggerFactory.getLogger(KnownPolicies.class);

    private final File file;
    private final Set<String> codes = ConcurrentHashMap.newKeySet();

    KnownPolicies(File file) {
        this.file = file;
        if (file != null && file.isFile()) {
            try {
                Files.readAllLines(file.toPath(), StandardCharsets.UTF_8).stream().map(String::trim).filter(s -> !s.isEmpty())
                        .forEach(codes::add);
            } catch (IOException e) {
                LOG.warn("Cannot read the known policy codes from {}: {}", file, e.toString());
            }
        }
    }

    boolean contains(String code) {
        return codes.contains(code);
    }

    void add(String code) {
        if (codes.add(code) && file != null) {
            synchronized (this) {
                try {
                    File tmp = new File(file.getPath() + ".tmp");
                    Files.write(tmp.toPath(), String.join("\n", new TreeSet<>(codes)).getBytes(StandardCharsets.UTF_8));
                    Files.move(tmp.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    LOG.warn("Cannot record policy code {} in {}: {}", code, file, e.toString());
                }
            }
        }
    }
}
