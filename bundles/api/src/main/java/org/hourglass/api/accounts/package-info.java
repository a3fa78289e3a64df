/** Accounts as the API shows them: organisations (参培单位), learners, and their DTOs. */
@org.osgi.annotation.versioning.Version("1.5.0")
package org.hourglass.api.accounts;
