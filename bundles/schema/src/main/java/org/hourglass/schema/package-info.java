/**
 * Versioned schema migrations (issue 20). A bundle that owns tables names its persistence unit in the manifest header
 * {@value org.hourglass.schema.SchemaHistory#HEADER} and ships its Liquibase changelog at {@code db/<unit>.yaml}; its
 * {@code persistence.xml} takes the DataSource registered for that unit once the changelog has run:
 * {@code osgi:service/javax.sql.DataSource/(hourglass.schema=<unit>)}. {@link org.hourglass.schema.SchemaHistory} tells
 * where each unit's schema stands.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hourglass.schema;
