package org.hourglass.schema.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import liquibase.resource.AbstractResource;
import liquibase.resource.OpenOptions;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;
import org.osgi.framework.Bundle;

/**
 * A schema bundle's own entries as Liquibase resources: its changelog and whatever the changelog includes, read with
 * {@link Bundle#getEntry} (no class loader, no scan of the framework's class path).
 */
final class BundleResources implements ResourceAccessor {
    private final Bundle bundle;

    BundleResources(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public List<Resource> search(String path, boolean recursive) {
        List<Resource> found = new ArrayList<>();
        var entries = bundle.findEntries(strip(path), "*", recursive);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                if (!url.getPath().endsWith("/")) {
                    found.add(new Entry(bundle, url.getPath().substring(1), url));
                }
            }
        }
        return found;
    }

    @Override
    public List<Resource> getAll(String path) {
        URL url = bundle.getEntry(strip(path));
        return url == null ? List.of() : List.of(new Entry(bundle, strip(path), url));
    }

    @Override
    public List<String> describeLocations() {
        return List.of("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion());
    }

    @Override
    public void close() {
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** One entry of the bundle. */
    private static final class Entry extends AbstractResource {
        private final Bundle bundle;
        private final URL url;

        Entry(Bundle bundle, String path, URL url) {
            super(path, uri(url));
            this.bundle = bundle;
            this.url = url;
        }

        private static URI uri(URL url) {
            try {
                return url.toURI();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(url.toString(), e);
            }
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            return url.openStream();
        }

        @Override
        public boolean isWritable() {
            return false;
        }

        @Override
        public OutputStream openOutputStream(OpenOptions options) throws IOException {
            throw new IOException(getPath() + " is inside bundle " + bundle.getSymbolicName() + ": read-only");
        }

        @Override
        public Resource resolve(String other) {
            return entry(resolvePath(other));
        }

        @Override
        public Resource resolveSibling(String other) {
            return entry(resolveSiblingPath(other));
        }

        private Resource entry(String path) {
            String p = strip(path);
            URL u = bundle.getEntry(p);
            return u == null ? new Missing(p) : new Entry(bundle, p, u);
        }
    }

    /** An entry the bundle does not have. */
    private static final class Missing extends AbstractResource {
        Missing(String path) {
            super(path, URI.create("missing:/" + path.replace(' ', '_')));
        }

        @Override
        public boolean exists() {
            return false;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            throw new IOException("no entry " + getPath());
        }

        @Override
        public boolean isWritable() {
            return false;
        }

        @Override
        public OutputStream openOutputStream(OpenOptions options) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public Resource resolve(String other) {
            return new Missing(resolvePath(other));
        }

        @Override
        public Resource resolveSibling(String other) {
            return new Missing(resolveSiblingPath(other));
        }
    }
}
