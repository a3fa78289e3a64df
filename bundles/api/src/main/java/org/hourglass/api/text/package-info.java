/** Text people type for others to read — names, titles — and what it may not hide (issue 14 item 11). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hourglass.api.text;
