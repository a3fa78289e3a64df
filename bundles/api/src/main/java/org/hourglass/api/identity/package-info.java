/**
 * Identity documents of mainland China: resident ID numbers (GB 11643-1999, C-1) and unified social
 * credit codes (GB 32100-2015, C-5). Pure checks, shared by accounts and roster imports.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hourglass.api.identity;
