/**
 * Names that tie resources of any bundle (core or a hot-deployed policy) to the one Hourglass JAX-RS application, and the roles endpoints declare.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hourglass.api.rest;
