package org.hourglass.accounts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Hourglass accounts", description = "Bootstrap platform admin and sessions.")
public @interface AccountsConfig {
    String PID = "org.hourglass.accounts";
    /** The demo password of the distribution; the log warns while the admin still uses it. */
    String DEMO_PASSWORD = "hourglass-demo";

    @AttributeDefinition(description = "Username of the first platform admin, created at start if absent.")
    String admin_principal() default "admin";

    @AttributeDefinition(description = "Argon2id hash of that admin's password ($argon2id$v=19$m=...,t=...,p=...$salt$hash; PBKDF2 "
            + "pbkdf2-sha256$iterations$salt$hash from before still verifies); "
            + "print one with the shell command hourglass:hash-password. Never a plaintext password.")
    String admin_passwordHash() default "";

    @AttributeDefinition(description = "Lifetime of a login session, ISO-8601 duration.")
    String session_ttl() default "PT8H";
}
