package org.hourglass.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reports whether the shared DataSource ({@code osgi.jndi.service.name=hourglass}) hands out valid connections. */
@Component
public class DatabaseHealth implements HealthContributor {
    static final String COMPONENT = "database";

    private final DataSource dataSource;

    @Activate
    public DatabaseHealth(@Reference(target = "(osgi.jndi.service.name=hourglass)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<HealthStatus> check() {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            return List.of(c.isValid(2)
                    ? HealthStatus.up(COMPONENT, meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
                    : HealthStatus.down(COMPONENT, "connection not valid"));
        } catch (SQLException e) {
            return List.of(HealthStatus.down(COMPONENT, e.getMessage()));
        }
    }
}
