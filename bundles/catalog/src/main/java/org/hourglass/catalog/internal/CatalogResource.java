package org.hourglass.catalog.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.hourglass.api.catalog.ChapterView;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.catalog.NewChapter;
import org.hourglass.api.catalog.NewCourse;
import org.hourglass.api.catalog.NewPaper;
import org.hourglass.api.catalog.PackageBody;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.catalog.PaperView;
import org.hourglass.api.catalog.ScoreRequest;
import org.hourglass.api.catalog.ScoreView;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/courses}, {@code /api/v1/packages}, {@code /api/v1/papers} (C-10 … C-13). The platform and academic admins edit; everyone logged in reads courses. */
@Component(service = CatalogResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final CatalogService catalog;

    @Activate
    public CatalogResource(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @POST
    @Path("courses")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN})
    public Response createCourse(NewCourse body, @Context UriInfo uri, @Context javax.ws.rs.core.SecurityContext security) {
        CourseView created = catalog.createCourse(org.hourglass.api.security.Caller.of(security).orElseThrow(), Problem.requireBody(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("courses")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public Response courses(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        Paging paging = Paging.of(offset, limit);
        CatalogService.Page<CourseView> page = catalog.courses(paging);
        return paging.respond(page.items(), page.total(), uri);
    }

    @GET
    @Path("courses/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public CourseView course(@PathParam("id") long id) {
        return catalog.course(id);
    }

    @GET
    @Path("courses/{id}/chapters")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public List<ChapterView> chapters(@PathParam("id") long id) {
        return catalog.course(id).chapters();
    }

    @POST
    @Path("courses/{id}/chapters")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN})
    public Response addChapter(@PathParam("id") long id, NewChapter body) {
        return Response.status(Response.Status.CREATED).entity(catalog.addChapter(id, Problem.requireBody(body))).build();
    }

    @POST
    @Path("packages")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN})
    public Response createPackage(PackageBody body, @Context UriInfo uri) {
        PackageView created = catalog.createPackage(Problem.requireBody(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    /** C-12: every change is a new version. */
    @PUT
    @Path("packages/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN})
    public PackageView updatePackage(@PathParam("id") long id, PackageBody body) {
        return catalog.updatePackage(id, Problem.requireBody(body));
    }

    @GET
    @Path("packages/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public PackageView pkg(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return catalog.pkg(id, version);
    }

    @POST
    @Path("papers")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN})
    public Response createPaper(NewPaper body, @Context UriInfo uri) {
        PaperView created = catalog.createPaper(Problem.requireBody(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    /** With the answer key: for the staff who author and review papers, never for learners. */
    @GET
    @Path("papers/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN, Roles.REVIEWER})
    public PaperView paper(@PathParam("id") long id) {
        return catalog.paperOrThrow(id);
    }

    /** C-14: a course's practice pools and mock exams, with their keys, for the staff who author them. */
    @GET
    @Path("courses/{id}/pools")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN, Roles.REVIEWER})
    public java.util.List<PaperView> pools(@PathParam("id") long id) {
        catalog.course(id); // 404 for no such course
        return catalog.pools(id);
    }

    /** Scores a set of answers against the key (authors check a paper; exams use the same scoring). */
    @POST
    @Path("papers/{id}/score")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN})
    public ScoreView score(@PathParam("id") long id, ScoreRequest body) {
        return catalog.score(id, Problem.requireBody(body));
    }
}
