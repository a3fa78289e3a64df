package org.hourglass.bench.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.RosterEntryView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes every learner of a class study-ready without the C-2 first-login steps (password change, phone binding
 * by SMS code), which are not what the load benchmark measures and would cost two 600,000-iteration PBKDF2
 * hashes per learner. The password is stored as a 1,000-iteration hash in the accounts' own format, and the
 * accounts' shared cache is evicted so the next read sees it.
 */
@Component(service = LearnerFixture.class)
public class LearnerFixture {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final DataSource db;
    private final ClassDirectory classes;
    private final EntityManagerFactory accounts;

    @Activate
    public LearnerFixture(@Reference(target = "(osgi.jndi.service.name=hourglass)") DataSource db, @Reference ClassDirectory classes,
            @Reference(target = "(osgi.unit.name=hourglass-accounts)") EntityManagerFactory accounts) {
        this.db = db;
        this.classes = classes;
        this.accounts = accounts;
    }

    int ready(long classId, String password, String phonePrefix) throws SQLException {
        int n = 0;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE ACC_ACCOUNT SET PASSWORD_HASH = ?, "
                + "MUST_CHANGE_PASSWORD = 0, PHONE = ?, PHONE_BOUND = 1 WHERE ID = ?")) {
            c.setAutoCommit(false);
            for (RosterEntryView e : classes.roster(classId)) {
                s.setString(1, hash(password));
                s.setString(2, phonePrefix + String.format("%08d", e.learnerId()));
                s.setLong(3, e.learnerId());
                s.addBatch();
                n++;
            }
            s.executeBatch();
            c.commit();
        }
        accounts.getCache().evictAll();
        return n;
    }

    private static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1000, 256)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha256$1000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
