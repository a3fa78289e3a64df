package org.hourglass.api.rest;

import java.util.List;
import javax.ws.rs.core.Link;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;
import org.hourglass.api.problem.Problem;

/**
 * List conventions of API.md: {@code ?offset=&limit=} (default 50, max 500), the total in
 * {@code X-Total-Count}, next/prev in {@code Link}.
 */
public record Paging(int offset, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** Validates raw query values; null means default. */
    public static Paging of(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (o < 0) {
            throw Problem.invalidField("offset", "must be 0 or more");
        }
        if (l < 1 || l > MAX_LIMIT) {
            throw Problem.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new Paging(o, l);
    }

    /**
     * 200 with the page's items, {@code X-Total-Count} and {@code Link} rel next/prev. The links are relative to the
     * host (path and query only): the request's Host header is the caller's to choose and is never echoed (issue 14).
     */
    public Response respond(List<?> items, long total, UriInfo uri) {
        Response.ResponseBuilder r = Response.ok(items).header("X-Total-Count", total);
        if (offset + limit < total) {
            r.links(Link.fromUriBuilder(pathAndQuery(uri).replaceQueryParam("offset", offset + limit)
                    .replaceQueryParam("limit", limit)).rel("next").build());
        }
        if (offset > 0) {
            r.links(Link.fromUriBuilder(pathAndQuery(uri).replaceQueryParam("offset", Math.max(0, offset - limit))
                    .replaceQueryParam("limit", limit)).rel("prev").build());
        }
        return r.build();
    }

    private static UriBuilder pathAndQuery(UriInfo uri) {
        java.net.URI request = uri.getRequestUri();
        return UriBuilder.fromPath(request.getRawPath()).replaceQuery(request.getRawQuery());
    }
}
