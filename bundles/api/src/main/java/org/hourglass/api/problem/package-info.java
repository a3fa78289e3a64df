/**
 * Errors every bundle throws for the REST layer to answer as {@code application/problem+json} (RFC 9457).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hourglass.api.problem;
