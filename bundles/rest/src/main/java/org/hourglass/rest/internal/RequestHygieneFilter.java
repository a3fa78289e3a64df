package org.hourglass.rest.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.hourglass.api.problem.Problem;
import org.osgi.service.component.annotations.Component;

/**
 * In front of every HTTP answer of the platform, API and docs alike (issue 14 item 15):
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} on every answer, so a download is never sniffed into something
 * executable;</li>
 * <li>a request whose {@code Content-Type} names a charset the JVM does not know is answered 415 problem+json here —
 * CXF refused it with an IOException, and Jetty answered 500 text/html naming the servlet classes;</li>
 * <li>under {@code /api} and {@code /docs}, errors the container answers itself are problem+json too
 * ({@link ProblemOnError}), not Jetty's HTML.</li>
 * </ul>
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.name=hourglass-request-hygiene",
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)"})
public class RequestHygieneFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Content-Type-Options", "nosniff");
        String charset = charsetOf(request.getContentType());
        if (charset != null && !known(charset)) {
            byte[] body = ("{\"type\":\"" + Problem.TYPE_BASE + "unsupported-media-type\",\"title\":\"Unsupported Media Type\","
                    + "\"status\":415,\"detail\":\"the request's charset is not supported; send UTF-8\",\"errors\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            http.setStatus(415);
            http.setContentType("application/problem+json");
            http.setContentLength(body.length);
            http.getOutputStream().write(body);
            return;
        }
        String path = ((javax.servlet.http.HttpServletRequest) request).getRequestURI();
        boolean ours = path != null && (path.startsWith("/docs") || path.startsWith("/api"));
        chain.doFilter(request, ours ? new ProblemOnError(http) : response);
    }

    /** The charset parameter of a Content-Type header, unquoted, or null. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).trim().replace("\"", "");
            }
        }
        return null;
    }

    private static boolean known(String charset) {
        try {
            return !charset.isEmpty() && Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
