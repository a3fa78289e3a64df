/**
 * Printable documents (certificates C-40, invoices BJ-12/JS-11, registration forms JS-9): a bundle
 * describes what a page says, the documents bundle renders it to PDF with Chinese text.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hourglass.api.documents;
