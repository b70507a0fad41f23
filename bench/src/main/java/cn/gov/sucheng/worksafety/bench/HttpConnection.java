package cn.gov.sucheng.worksafety.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection with blocking I/O, for GETs (body dropped, or kept with {@link #getBody})
 * and JSON POSTs (the registration of scenario c; {@link #location()} and {@link #body()} of the answer). Much
 * cheaper per request than
 * java.net.http.HttpClient (no selector thread, no hand-offs), which matters when the load generator shares
 * two cores with the suite. Reads Content-Length and chunked bodies and honours {@code Connection: close}
 * (Tomcat closes a connection after 100 requests by default): the next request then opens a new one, and that
 * connect is part of its latency, as it would be for any client.
 */
final class HttpConnection implements AutoCloseable {

    private static final int TIMEOUT_MS = 5_000;
    /**
     * A connection idle for longer is opened afresh rather than reused. Servers close idle keep-alive connections
     * (embedded Tomcat after 60 s by default), and a POST written to one they closed meanwhile fails and must not be
     * retried. The rounds of a scenario leave each target's connections idle while the others are measured.
     */
    private static final long IDLE_REUSE_LIMIT_NANOS = 5_000_000_000L;
    private static final byte[] CRLF = { '\r', '\n' };

    private final String host;
    private final int port;
    private final int timeoutMs;
    /** " HTTP/1.1" and the headers every request has, without the blank line that ends them. */
    private final byte[] commonHeaders;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int servedOnThisSocket;
    private long lastUsedNanos;
    private final StringBuilder line = new StringBuilder(128);
    private final byte[] skip = new byte[8192];
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream(4096);
    private boolean keepBody;
    private String location;

    HttpConnection(String host, int port) {
        this(host, port, TIMEOUT_MS);
    }

    /** {@code timeoutMs} bounds the connect and every read (a longer one for writes on a busy machine). */
    HttpConnection(String host, int port, int timeoutMs) {
        this.host = host;
        this.port = port;
        this.timeoutMs = timeoutMs;
        this.commonHeaders = (" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\nUser-Agent: worksafety-bench\r\n"
                + authorization()).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The header line that carries the access token in WS_TOKEN (bench/run.sh gets one for the bench client
     * from the suite's issuer), or nothing: the gateway and the services refuse calls without one.
     */
    static String authorization() {
        String token = System.getenv("WS_TOKEN");
        return token == null || token.isBlank() ? "" : "Authorization: Bearer " + token + "\r\n";
    }

    /** GET path; the status code. The body is read and dropped. */
    int get(String path) throws IOException {
        return send("GET", path, null, false);
    }

    /** GET path; the status code. The body is kept: {@link #body()}. */
    int getBody(String path) throws IOException {
        return send("GET", path, null, true);
    }

    /**
     * POST a JSON body; the status code. The answer's body and Location header are kept ({@link #body()},
     * {@link #location()}). Never retried here: a POST is not idempotent, the caller decides.
     */
    int post(String path, String json) throws IOException {
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8), true);
    }

    /** The body of the last answer to {@link #getBody} or {@link #post} (UTF-8). */
    String body() {
        return kept.toString(StandardCharsets.UTF_8);
    }

    /** The Location header of the last answer, or null. */
    String location() {
        return location;
    }

    private int send(String method, String path, byte[] body, boolean keep) throws IOException {
        boolean reused = socket != null;
        keepBody = keep;
        try {
            return exchange(method, path, body);
        } catch (EOFException e) {
            // The server closed an idle keep-alive connection just before we wrote: retry once on a fresh one,
            // as HTTP clients do for idempotent requests (only those).
            close();
            if (!reused || body != null) {
                throw e;
            }
            return exchange(method, path, null);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private int exchange(String method, String path, byte[] body) throws IOException {
        if (socket != null && System.nanoTime() - lastUsedNanos > IDLE_REUSE_LIMIT_NANOS) {
            close();
        }
        if (socket == null) {
            connect();
        }
        kept.reset();
        location = null;
        byte[] m = method.getBytes(StandardCharsets.US_ASCII);
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        byte[] extra = body == null ? CRLF
                : ("Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        int bodyLength = body == null ? 0 : body.length;
        byte[] request = new byte[m.length + 1 + p.length + commonHeaders.length + extra.length + bodyLength];
        int at = 0;
        System.arraycopy(m, 0, request, at, m.length);
        at += m.length;
        request[at++] = ' ';
        System.arraycopy(p, 0, request, at, p.length);
        at += p.length;
        System.arraycopy(commonHeaders, 0, request, at, commonHeaders.length);
        at += commonHeaders.length;
        System.arraycopy(extra, 0, request, at, extra.length);
        at += extra.length;
        if (body != null) {
            System.arraycopy(body, 0, request, at, body.length);
        }
        out.write(request);
        out.flush();

        String status = readLine(servedOnThisSocket > 0);
        if (!status.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean closeAfter = status.startsWith("HTTP/1.0");
        for (String h = readLine(false); !h.isEmpty(); h = readLine(false)) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("content-length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("transfer-encoding")) {
                chunked = value.toLowerCase().contains("chunked");
            } else if (name.equalsIgnoreCase("connection")) {
                closeAfter = value.equalsIgnoreCase("close");
            } else if (name.equalsIgnoreCase("location")) {
                location = value;
            }
        }
        if (chunked) {
            while (true) {
                String sizeLine = readLine(false);
                int semi = sizeLine.indexOf(';');
                long size = Long.parseLong((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
                if (size == 0) {
                    while (!readLine(false).isEmpty()) {
                        // trailers
                    }
                    break;
                }
                skipFully(size);
                readLine(false);
            }
        } else if (contentLength >= 0) {
            skipFully(contentLength);
        } else if (code != 204 && code != 304) {
            // Body until close.
            for (int r; (r = in.read(skip)) >= 0; ) {
                if (keepBody) {
                    kept.write(skip, 0, r);
                }
            }
            closeAfter = true;
        }
        servedOnThisSocket++;
        lastUsedNanos = System.nanoTime();
        if (closeAfter) {
            close();
        }
        return code;
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(timeoutMs);
        s.connect(new InetSocketAddress(host, port), timeoutMs);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
        servedOnThisSocket = 0;
    }

    /** One CRLF-terminated line; EOF before the first byte of a status line is an EOFException. */
    private String readLine(boolean statusOnReused) throws IOException {
        line.setLength(0);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (line.length() == 0) {
                    throw new EOFException(statusOnReused ? "keep-alive connection closed" : "connection closed");
                }
                throw new IOException("connection closed mid-line");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private void skipFully(long n) throws IOException {
        while (n > 0) {
            int r = in.read(skip, 0, (int) Math.min(skip.length, n));
            if (r < 0) {
                throw new IOException("connection closed inside the body");
            }
            if (keepBody) {
                kept.write(skip, 0, r);
            }
            n -= r;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
