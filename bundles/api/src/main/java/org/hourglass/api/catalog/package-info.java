/** The course catalogue as the API shows it: courses, chapters, packages (C-10 … C-12). */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.hourglass.api.catalog;
