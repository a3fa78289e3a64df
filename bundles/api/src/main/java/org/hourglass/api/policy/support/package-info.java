/**
 * Helpers for writing a policy on the SPI, so every policy bundle is written the same way: the standard rule
 * pieces (C-25 removal, C-35 exam after full progress, C-37 effective hours), the class-access check for a
 * policy's own REST resources, and a stand-in for a policy's typed configuration in unit tests.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hourglass.api.policy.support;
