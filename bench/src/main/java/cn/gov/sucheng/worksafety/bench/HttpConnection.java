package cn.gov.sucheng.worksafety.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection with blocking I/O, for GETs only. Much cheaper per request than
 * java.net.http.HttpClient (no selector thread, no hand-offs), which matters when the load generator shares
 * two cores with the suite. Reads Content-Length and chunked bodies and honours {@code Connection: close}
 * (Tomcat closes a connection after 100 requests by default): the next request then opens a new one, and that
 * connect is part of its latency, as it would be for any client.
 */
final class HttpConnection implements AutoCloseable {

    private static final int TIMEOUT_MS = 5_000;

    private final String host;
    private final int port;
    private final byte[] hostHeader;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int servedOnThisSocket;
    private final StringBuilder line = new StringBuilder(128);
    private final byte[] skip = new byte[8192];

    HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
        this.hostHeader = (" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\nUser-Agent: worksafety-bench\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** GET path; the status code. The body is read and dropped. */
    int get(String path) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(path);
        } catch (EOFException e) {
            // The server closed an idle keep-alive connection just before we wrote: retry once on a fresh one,
            // as HTTP clients do for idempotent requests.
            close();
            if (!reused) {
                throw e;
            }
            return exchange(path);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private int exchange(String path) throws IOException {
        if (socket == null) {
            connect();
        }
        byte[] p = path.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[4 + p.length + hostHeader.length];
        request[0] = 'G';
        request[1] = 'E';
        request[2] = 'T';
        request[3] = ' ';
        System.arraycopy(p, 0, request, 4, p.length);
        System.arraycopy(hostHeader, 0, request, 4 + p.length, hostHeader.length);
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
            while (in.read(skip) >= 0) {
                // drop
            }
            closeAfter = true;
        }
        servedOnThisSocket++;
        if (closeAfter) {
            close();
        }
        return code;
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MS);
        s.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
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
