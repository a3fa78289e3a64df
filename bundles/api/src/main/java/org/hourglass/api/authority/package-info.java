/**
 * Public authorities outside the platform (ARCHITECTURE principle 7): the subsidy authority that checks
 * insurance, reviews, publishes and pays claims (BJ-16), and registers of people who qualified (HR-7).
 * {@code hourglass-external} simulates both; a real
 * integration bundle replaces it with a higher service ranking.
 */
@org.osgi.annotation.versioning.Version("2.1.0")
package org.hourglass.api.authority;
