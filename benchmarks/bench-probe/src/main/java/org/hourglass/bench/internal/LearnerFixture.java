package org.hourglass.bench.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.security.PasswordHashes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes every learner of a class study-ready without the C-2 first-login steps (password change, phone binding
 * by SMS code), which are not what the load benchmark measures and would cost two slow hashes per learner. The
 * password is hashed once by the accounts' own {@link PasswordHashes} (so a login costs what a real one does and
 * is not re-hashed) and stored for every learner; the accounts' shared cache is evicted so the next read sees it.
 */
@Component(service = LearnerFixture.class)
public class LearnerFixture {
    private final DataSource db;
    private final ClassDirectory classes;
    private final EntityManagerFactory accounts;
    private final PasswordHashes hashes;

    @Activate
    public LearnerFixture(@Reference(target = "(osgi.jndi.service.name=hourglass)") DataSource db, @Reference ClassDirectory classes,
            @Reference(target = "(osgi.unit.name=hourglass-accounts)") EntityManagerFactory accounts, @Reference PasswordHashes hashes) {
        this.db = db;
        this.classes = classes;
        this.accounts = accounts;
        this.hashes = hashes;
    }

    int ready(long classId, String password, String phonePrefix) throws SQLException {
        int n = 0;
        String hash = hashes.hash(password.toCharArray());
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE ACC_ACCOUNT SET PASSWORD_HASH = ?, "
                + "MUST_CHANGE_PASSWORD = ?, PHONE = ?, PHONE_BOUND = ? WHERE ID = ?")) { // booleans as parameters: SMALLINT on Derby, BOOLEAN on PostgreSQL
            s.setBoolean(2, false);
            s.setBoolean(4, true);
            c.setAutoCommit(false);
            for (RosterEntryView e : classes.roster(classId)) {
                s.setString(1, hash);
                s.setString(3, phonePrefix + String.format("%08d", e.learnerId()));
                s.setLong(5, e.learnerId());
                s.addBatch();
                n++;
            }
            s.executeBatch();
            c.commit();
        }
        accounts.getCache().evictAll();
        return n;
    }
}
