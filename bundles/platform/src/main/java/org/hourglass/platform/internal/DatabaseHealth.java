package org.hourglass.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reports whether the shared DataSource ({@code osgi.jndi.service.name=hourglass}) hands out valid connections. */
@Component
public class DatabaseHealth implements HealthContributor {
    private final DataSource dataSource;

    @Activate
    public DatabaseHealth(@Reference(target = "(osgi.jndi.service.name=hourglass)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String component() {
        return "database";
    }

    @Override
    public HealthStatus check() {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            return c.isValid(2)
                    ? HealthStatus.up(component(), meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
                    : HealthStatus.down(component(), "connection not valid");
        } catch (SQLException e) {
            return HealthStatus.down(component(), e.getMessage());
        }
    }
}
