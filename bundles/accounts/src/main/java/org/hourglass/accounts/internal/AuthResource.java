package org.hourglass.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code POST /api/v1/auth/login} and {@code /logout} (API.md "Auth", C-4). */
@Component(service = AuthResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final SessionService sessions;

    @Activate
    public AuthResource(@Reference SessionService sessions) {
        this.sessions = sessions;
    }

    /** @param role optional: ORG_ADMIN or LEARNER when one phone is both (C-3, BJ Q34) */
    public record LoginRequest(String principal, String password, String role) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @POST
    @Path("login")
    @PermitAll
    public LoginResult login(LoginRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw Problem.invalid("a JSON body {principal, password} is required", List.of());
        }
        if (request.principal() == null || request.principal().isBlank() || request.principal().length() > 64) {
            errors.add(new FieldError("principal", "required, at most 64 characters"));
        }
        if (request.password() == null || request.password().isEmpty() || request.password().length() > 200) {
            errors.add(new FieldError("password", "required, at most 200 characters"));
        }
        if (request.role() != null && !request.role().equals(Roles.ORG_ADMIN) && !request.role().equals(Roles.LEARNER)) {
            errors.add(new FieldError("role", "ORG_ADMIN or LEARNER"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("login needs a principal and a password", errors);
        }
        return sessions.login(request.principal().trim(), request.password().toCharArray(), request.role());
    }

    /** Any logged-in account changes its own password; required before study after import (C-2). */
    @POST
    @Path("password")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.REVIEWER, Roles.LEARNER})
    public Response changePassword(PasswordChange body, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.currentPassword() == null) {
            errors.add(new FieldError("currentPassword", "required"));
        }
        AccountFields.password(errors, "newPassword", body == null ? null : body.newPassword());
        if (!errors.isEmpty()) {
            throw Problem.invalid("a password change needs the current and a new password", errors);
        }
        Caller caller = Caller.of(security).orElseThrow();
        sessions.changePassword(caller.accountId(), body.currentPassword().toCharArray(), body.newPassword().toCharArray());
        return Response.noContent().build();
    }

    /** Ends the caller's session. Idempotent: an unknown or ended token answers 204 too. */
    @POST
    @Path("logout")
    @PermitAll
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            sessions.logout(authorization.substring(7).trim());
        }
        return Response.noContent().build();
    }
}
