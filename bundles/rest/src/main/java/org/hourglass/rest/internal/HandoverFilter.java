package org.hourglass.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Component;

/**
 * Hides the JAX-RS whiteboard's handover from callers (issue 7 hot-swap drill). When a policy bundle's resources
 * come or go, the whiteboard replaces the application's CXF endpoint; for those few milliseconds CXF answers
 * every request, core ones included, {@code 404 "No service was found."} without running anything. This filter
 * holds such a request and passes it again (up to {@link #HOLD_MS}) until the new endpoint answers; likewise a
 * request that reached the old endpoint as it stopped (CXF fails it with a NullPointerException on its missing
 * message observer, before anything runs). Nothing ran
 * the first time, so passing it again is safe; the body is kept (a body above {@link #MAX_BODY} is passed once, unheld).
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.filter.name=hourglass-handover",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for" + HourglassRest.APP_NAME + ")"})
public class HandoverFilter implements Filter {
    static final long HOLD_MS = 5_000;
    static final int MAX_BODY = 6 * 1024 * 1024;
    private static final String CXF_NO_SERVICE = "No service was found.";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)
                || http.getContentLengthLong() > MAX_BODY) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = http.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            // a large chunked body: passed once, what was read followed by the rest, never held
            chain.doFilter(new Replayed(http, body, http.getInputStream()), response);
            return;
        }
        long deadline = System.nanoTime() + HOLD_MS * 1_000_000;
        while (true) {
            Held held = new Held(out);
            try {
                chain.doFilter(new Replayed(http, body, InputStream.nullInputStream()), held);
            } catch (RuntimeException | ServletException e) {
                // the old endpoint was being stopped under this request: its destination had no observer left
                if (!endpointGone(e) || out.isCommitted() || System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
                continue;
            }
            if (!held.noService() || System.nanoTime() > deadline) {
                held.release();
                return;
            }
            pause();
            if (Thread.currentThread().isInterrupted()) {
                held.release();
                return;
            }
        }
    }

    /** CXF's destination lost its observer while the whiteboard stopped the endpoint: nothing of the request ran. */
    static boolean endpointGone(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof NullPointerException && String.valueOf(c.getMessage()).contains("MessageObserver")) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request with its body read once and replayed on every pass. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;
        private final InputStream rest;

        Replayed(HttpServletRequest request, byte[] body, InputStream rest) {
            super(request);
            this.body = body;
            this.rest = rest;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new java.io.SequenceInputStream(new ByteArrayInputStream(body), rest);
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = in.read(b, off, len);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Passes every answer straight through except a 404, which is kept until its body shows whether it was CXF's
     * "No service was found." (then it is dropped and the request passed again) or a real answer (then released).
     */
    private static final class Held extends HttpServletResponseWrapper {
        private final HttpServletResponse out;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private boolean holding;
        private String contentType;
        private PrintWriter writer;

        Held(HttpServletResponse out) {
            super(out);
            this.out = out;
        }

        @Override
        public void setStatus(int sc) {
            holding = sc == 404;
            if (!holding) {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (sc == 404) {
                holding = true;
                if (msg != null) {
                    kept.writeBytes(msg.getBytes(StandardCharsets.UTF_8));
                }
            } else {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
            if (!holding) {
                super.setContentType(type);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!holding) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    kept.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    kept.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking writes only");
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!holding) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(kept, StandardCharsets.UTF_8), true);
            }
            return writer;
        }

        boolean noService() {
            if (writer != null) {
                writer.flush();
            }
            return holding && kept.toString(StandardCharsets.UTF_8).contains(CXF_NO_SERVICE);
        }

        /** Sends a held 404 as it was (a real one: the last pass of a handover that outlasted the hold). */
        void release() throws IOException {
            if (!holding) {
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            out.setStatus(404);
            if (contentType != null) {
                out.setContentType(contentType);
            }
            out.getOutputStream().write(kept.toByteArray());
        }
    }
}
