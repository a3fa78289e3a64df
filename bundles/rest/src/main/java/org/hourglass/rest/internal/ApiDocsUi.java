package org.hourglass.rest.internal;

import org.osgi.service.component.annotations.Component;

/**
 * The browsable API: Swagger UI at {@code /docs/index.html}, served by the OSGi HTTP whiteboard from
 * this bundle, reading the live {@code /api/openapi.json}. Our page and initializer live at
 * {@code /docs/*}; Swagger UI's own files at {@code /docs/ui/*}.
 */
public final class ApiDocsUi {
    private ApiDocsUi() {
    }

    /** Swagger UI's static files. */
    @Component(service = Assets.class, property = {
            "osgi.http.whiteboard.resource.pattern=/docs/ui/*",
            "osgi.http.whiteboard.resource.prefix=/META-INF/resources/webjars/swagger-ui/5.34.1"})
    public static class Assets {
    }

    /** Our page and initializer, pointing the UI at {@code /api/openapi.json}. */
    @Component(service = Page.class, property = {
            "osgi.http.whiteboard.resource.pattern=/docs/*",
            "osgi.http.whiteboard.resource.prefix=/hourglass-docs"})
    public static class Page {
    }
}
