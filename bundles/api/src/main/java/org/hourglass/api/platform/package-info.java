/**
 * Platform services core provides: the policy registry, the clock, health contributions, periodic work run once per
 * cluster (2.4, issue 20).
 */
@org.osgi.annotation.versioning.Version("2.4.0")
package org.hourglass.api.platform;
