package org.hourglass.api.rest;

/**
 * Properties a core JAX-RS whiteboard resource or extension uses to join the one Hourglass application (base
 * {@code /api}; resources live under {@code v1/...}). Policies do not join it: they register a
 * {@link PolicyResource}, which core serves under {@code v1/policies/{code}} without rebuilding the application.
 *
 * <pre>
 * &#64;Component(service = MyResource.class, property = {
 *     HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON })
 * &#64;Path("v1/my-things")
 * </pre>
 */
public final class HourglassRest {
    /** The application's {@code osgi.jaxrs.name}. */
    public static final String APP_NAME = "hourglass";
    /** The application's base under the HTTP root. */
    public static final String APP_BASE = "/api";

    public static final String RESOURCE = "osgi.jaxrs.resource=true";
    public static final String EXTENSION = "osgi.jaxrs.extension=true";
    public static final String SELECT_APP = "osgi.jaxrs.application.select=(osgi.jaxrs.name=" + APP_NAME + ")";
    /** Wait for the Hourglass JSON provider before the resource goes live. */
    public static final String REQUIRE_JSON = "osgi.jaxrs.extension.select=(osgi.jaxrs.media.type=application/json)";

    public static final String PROBLEM_JSON = "application/problem+json";

    private HourglassRest() {
    }
}
