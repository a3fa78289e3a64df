package org.hourglass.api.records;

/** Body of {@code POST /api/v1/certificates}: a learner's own (learnerId omitted) or, for class staff, a learner's. */
public record CertificateRequest(Long classId, Long learnerId) {
}
