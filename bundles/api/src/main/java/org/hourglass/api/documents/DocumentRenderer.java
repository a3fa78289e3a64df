package org.hourglass.api.documents;

import org.osgi.annotation.versioning.ProviderType;

/** Renders printable pages to PDF; mixed Chinese and Latin text, no operating-system fonts needed. */
@ProviderType
public interface DocumentRenderer {
    byte[] pdf(PrintedPage page);
}
