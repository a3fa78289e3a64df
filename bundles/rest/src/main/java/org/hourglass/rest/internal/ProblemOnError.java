package org.hourglass.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.hourglass.api.problem.Problem;

/**
 * Issue 14 item 15: an error the servlet container itself answers ({@code sendError}: a missing file under
 * {@code /docs}, a method a resource servlet does not take) was Jetty's HTML page; through this wrapper it is a
 * problem+json like every other error of the platform, naming nothing of the server.
 */
final class ProblemOnError extends HttpServletResponseWrapper {
    ProblemOnError(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (isCommitted()) {
            super.sendError(status, message);
            return;
        }
        resetBuffer();
        String title = title(status);
        byte[] body = ("{\"type\":\"" + Problem.TYPE_BASE + title.toLowerCase().replace(' ', '-') + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + title.toLowerCase() + "\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8);
        setStatus(status);
        setContentType("application/problem+json");
        setContentLength(body.length);
        getOutputStream().write(body);
        flushBuffer();
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Not Authenticated";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Range Not Satisfiable";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
