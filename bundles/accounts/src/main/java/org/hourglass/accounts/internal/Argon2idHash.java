package org.hourglass.accounts.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), computed by
 * Bouncy Castle. The parameters are OWASP's first recommendation (19 MiB, 2 passes, 1 lane): memory-hard,
 * and about six times the logins per second of PBKDF2-SHA256 at 600,000 iterations on the same cores
 * (issue 14 item 6, BENCHMARKS.md). Stored parameters are honoured within bounds, so a hash read from
 * {@code etc/} cannot ask for a gigabyte.
 */
final class Argon2idHash {
    static final String PREFIX = "$argon2id$";
    static final int MEMORY_KIB = 19 * 1024;
    static final int PASSES = 2;
    static final int LANES = 1;
    private static final int MAX_MEMORY_KIB = 256 * 1024;
    private static final int MAX_PASSES = 10;
    private static final int MAX_LANES = 4;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d)\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private Argon2idHash() {
    }

    static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] derived = derive(password, salt, MEMORY_KIB, PASSES, LANES, 32);
        return PREFIX + "v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(derived);
    }

    static boolean isOne(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Whether a stored hash already has today's parameters (otherwise it is re-hashed at the next login). */
    static boolean isCurrent(String stored) {
        return isOne(stored) && stored.startsWith(PREFIX + "v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$");
    }

    static boolean verify(char[] password, String stored) {
        Matcher m = PHC.matcher(stored);
        if (!m.matches()) {
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int passes = Integer.parseInt(m.group(2));
        int lanes = Integer.parseInt(m.group(3));
        if (memory < 8 * lanes || memory > MAX_MEMORY_KIB || passes < 1 || passes > MAX_PASSES || lanes < 1 || lanes > MAX_LANES) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(m.group(4));
            byte[] expected = Base64.getDecoder().decode(m.group(5));
            return MessageDigest.isEqual(expected, derive(password, salt, memory, passes, lanes, expected.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int passes, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt)
                .withMemoryAsKB(memoryKib).withIterations(passes).withParallelism(lanes).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] secret = utf8(password);
        try {
            byte[] out = new byte[length];
            generator.generateBytes(secret, out);
            return out;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
