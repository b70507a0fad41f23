package cn.gov.sucheng.worksafety.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an answer that fits the servlet container's buffer go out with a {@code Content-Length}, in one write.
 * Spring MVC flushes after every body it writes (Jackson flushes its stream, {@code ResponseEntity} answers flush
 * the response), which commits the response early: the container then sends it chunked, as two writes, and the
 * gateway in front reads and forwards it in pieces. The response's and its output stream's flushes before the end
 * are held back here (the message converters write to the stream, not the writer); the container still commits on
 * its own when a large answer fills its buffer, so big answers keep streaming.
 */
public class ContentLengthFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HeldFlushes(response));
    }

    private static final class HeldFlushes extends HttpServletResponseWrapper {

        private ServletOutputStream stream;

        HeldFlushes(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {
            // Held: the container commits when its buffer fills or the request ends.
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new HeldFlushStream(super.getOutputStream());
            }
            return stream;
        }
    }

    private static final class HeldFlushStream extends ServletOutputStream {

        private final ServletOutputStream target;

        HeldFlushStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
        }

        @Override
        public void flush() {
            // Held, as in flushBuffer().
        }

        @Override
        public void close() throws IOException {
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
