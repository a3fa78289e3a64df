/**
 * Names that tie core resources to the one Hourglass JAX-RS application, the {@link org.hourglass.api.rest.PolicyResource}
 * a policy registers for its own REST, and the roles endpoints declare.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hourglass.api.rest;
