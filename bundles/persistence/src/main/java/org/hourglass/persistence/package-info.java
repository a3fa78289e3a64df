/** JPA support shared by every bundle that owns tables (core and policy bundles). */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.hourglass.persistence;
