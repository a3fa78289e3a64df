package org.hourglass.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.Set;
import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import org.junit.Test;

/** Every endpoint declares who may call it; an endpoint that declares nothing is closed to everybody. */
public class RoleDeclarationTest {
    @RolesAllowed("ORG_ADMIN")
    static class Declared {
        public void inherits() {
        }

        @PermitAll
        public void open() {
        }

        @RolesAllowed({"LEARNER", "REVIEWER"})
        public void narrowed() {
        }

        @DenyAll
        public void closed() {
        }
    }

    static class Undeclared {
        public void forgotten() {
        }
    }

    @Test
    public void methodOverridesClassAndUndeclaredIsClosed() throws Exception {
        assertEquals(Set.of("ORG_ADMIN"), EndpointRoles.declared(Declared.class.getMethod("inherits"), Declared.class));
        assertNull(EndpointRoles.declared(Declared.class.getMethod("open"), Declared.class));
        assertEquals(Set.of("LEARNER", "REVIEWER"), EndpointRoles.declared(Declared.class.getMethod("narrowed"), Declared.class));
        assertEquals(Set.of(), EndpointRoles.declared(Declared.class.getMethod("closed"), Declared.class));
        assertEquals(Set.of(), EndpointRoles.declared(Undeclared.class.getMethod("forgotten"), Undeclared.class));
    }
}
