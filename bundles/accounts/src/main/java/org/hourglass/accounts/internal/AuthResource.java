package org.hourglass.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import org.hourglass.api.platform.ClientAddress;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.accounts.LearnerView;
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
    private final SelfService self;
    /** Issue 20: the client behind the balancer, whom the login throttle counts. */
    private final ClientAddress clients;

    @Activate
    public AuthResource(@Reference SessionService sessions, @Reference SelfService self, @Reference ClientAddress clients) {
        this.sessions = sessions;
        this.self = self;
        this.clients = clients;
    }

    /** @param role optional: ORG_ADMIN or LEARNER when one phone is both (C-3, BJ Q34) */
    public record LoginRequest(String principal, String password, String role) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @POST
    @Path("login")
    @PermitAll
    public LoginResult login(LoginRequest request, @Context HttpServletRequest http) {
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
        return sessions.login(request.principal().trim(), request.password().toCharArray(), request.role(),
                clients.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")));
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

    /**
     * Sends a six-digit code through the code channel (C-7): {@code REGISTRATION} to {@code phone},
     * {@code PASSWORD_RESET} to the bound phone of {@code principal} (or of {@code name} + {@code idNumber}),
     * {@code PHONE_BINDING} to {@code phone} for the logged-in learner. 202 {expiresAt, resendAfter};
     * 429 more than once a minute or ten times a day per phone; 503 with no channel deployed.
     */
    @POST
    @Path("verification-codes")
    @PermitAll
    public Response requestCode(SelfService.CodeRequest body, @Context SecurityContext security) {
        Problem.requireBody(body);
        return Response.accepted(self.requestCode(Caller.of(security), body)).build();
    }

    /** C-2, JS-1: self-registration (201) or activation of a pre-created account (200) with a phone code. */
    @POST
    @Path("registrations")
    @PermitAll
    public Response register(SelfService.Registration body) {
        Problem.requireBody(body);
        SelfService.Registered done = self.register(body);
        return Response.status(done.created() ? 201 : 200).entity(done.learner()).build();
    }

    /** C-7: a forgotten password replaced through the bound phone's code; all sessions end. */
    @POST
    @Path("password-resets")
    @PermitAll
    public Response resetPassword(SelfService.PasswordReset body) {
        Problem.requireBody(body);
        self.resetPassword(body);
        return Response.noContent().build();
    }

    /** C-2, C-3: a learner binds a phone with the code sent to it; required before study. */
    @PUT
    @Path("phone")
    @RolesAllowed(Roles.LEARNER)
    public LearnerView bindPhone(SelfService.PhoneBinding body, @Context SecurityContext security) {
        Problem.requireBody(body);
        return self.bindPhone(Caller.of(security).orElseThrow(), body);
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
