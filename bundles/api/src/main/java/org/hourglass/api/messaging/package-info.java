/** Outbound messages: the verification-code channel SPI (C-7) and the simulated channel's outbox. */
@org.osgi.annotation.versioning.Version("2.1.0")
package org.hourglass.api.messaging;
