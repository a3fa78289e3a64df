/** Outside verification services: face verification of study photos (C-38). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hourglass.api.verification;
