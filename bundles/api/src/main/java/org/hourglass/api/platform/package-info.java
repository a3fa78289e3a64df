/**
 * Platform services core provides: the policy registry, the clock, health contributions.
 */
@org.osgi.annotation.versioning.Version("2.3.0")
package org.hourglass.api.platform;
