/**
 * The bank outside (ARCHITECTURE principle 7): online charges and refunds, and the signed notifications the
 * bank sends back. {@code hourglass-external} provides a simulated bank; a real gateway bundle replaces it
 * with a higher service ranking.
 */
@org.osgi.annotation.versioning.Version("2.0.0")
package org.hourglass.api.payment;
