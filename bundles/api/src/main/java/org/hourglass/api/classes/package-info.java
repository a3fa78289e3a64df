/**
 * Classes (班级) as other bundles and clients see them: DTOs and the class directory service.
 * The classes bundle owns the rows; everyone else refers to a class by id (ARCHITECTURE principle 1).
 */
@org.osgi.annotation.versioning.Version("1.5.0")
package org.hourglass.api.classes;
