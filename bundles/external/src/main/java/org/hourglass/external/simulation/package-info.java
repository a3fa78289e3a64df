/**
 * The simulated outside world's back doors, for the demo and the tests only: read the codes the simulated SMS channel
 * "delivered", steer the simulated bank, subsidy authority and qualification register. Only the simulated channels bundle
 * ({@code hourglass-simulated-channels}) registers these services; a production deployment, with real gateways, has
 * none of them, so nothing there can read codes back or steer a payment.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
@org.osgi.annotation.bundle.Export
package org.hourglass.external.simulation;
