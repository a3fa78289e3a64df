package org.hourglass.api.catalog;

import java.util.List;

/**
 * Body of {@code POST /api/v1/packages} and {@code PUT /api/v1/packages/{id}} (C-12): an ordered list of
 * courses, play in order or not, minutes per class hour (default 45), and whether an exam (with its
 * paper) is required. Every change makes a new version; classes keep the version they selected.
 */
public record PackageBody(String name, List<Long> courseIds, Boolean playInOrder, Integer minutesPerHour,
        Boolean examRequired, Long paperId) {
}
