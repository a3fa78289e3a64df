/**
 * Exact quantities: money in yuan with two decimals, class hours in tenths of an hour.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hourglass.api.quantity;
