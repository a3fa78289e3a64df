package org.hourglass.schema;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Where each bundle's schema stands on this node's database, and the changes the database has run (issue 20). */
@ProviderType
public interface SchemaHistory {
    /** Manifest header of a bundle that owns tables: the name of its persistence unit, which names its changelog. */
    String HEADER = "Hourglass-Schema";
    /** Property of the DataSource registered for a unit once its changelog has run. */
    String SERVICE_PROPERTY = "hourglass.schema";

    /** The changelog every schema bundle ships: {@code db/<unit>.yaml}. */
    static String changelog(String unit) {
        return "db/" + unit + ".yaml";
    }

    /** One state per bundle that declares a schema, by unit name. */
    List<SchemaState> states();

    /** Every change the database has run, all units, in the order they ran. */
    List<AppliedChange> applied();

    /** Liquibase's migration lock as it stands now, and the name this node takes it in. */
    SchemaLock lock();
}
