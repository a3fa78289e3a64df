/**
 * Who is calling: the authenticated caller the REST layer puts behind every request, and the
 * authenticator SPI that turns a bearer token into one (implemented by the accounts bundle).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hourglass.api.security;
