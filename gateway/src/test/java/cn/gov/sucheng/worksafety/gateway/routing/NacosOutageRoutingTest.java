package cn.gov.sucheng.worksafety.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.sucheng.worksafety.gateway.GatewayApplication;
import cn.gov.sucheng.worksafety.platform.security.Scopes;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway finds enterprise-service in the test stack's real Nacos (in a group of this run only), through a
 * TCP relay that the test cuts: with Nacos unreachable, the gateway goes on routing to the instance it knows.
 */
class NacosOutageRoutingTest {

    static final String GROUP = "test-" + UUID.randomUUID();
    static final Duration REFRESH = Duration.ofMillis(500);

    static final HttpClient http = HttpClient.newHttpClient();
    static HttpServer enterprise;
    static Relay relay;
    static ConfigurableApplicationContext gateway;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        enterprise = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        enterprise.createContext("/api/v1/enterprises", exchange -> {
            byte[] body = "{\"content\":[],\"total\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        enterprise.start();
        instance("POST");
        relay = Relay.toNacos(nacosPort());
        token = TestTokens.token("test-client", List.of(Scopes.read("enterprise")), null, Duration.ofHours(1), null);
        gateway = new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("testIssuerReactiveJwtDecoder",
                        NimbusReactiveJwtDecoder.withPublicKey(TestTokens.publicKey()).build()))
                .run("--server.port=0",
                        "--spring.cloud.nacos.server-addr=127.0.0.1:" + relay.port,
                        "--spring.cloud.nacos.discovery.group=" + GROUP,
                        "--spring.config.import=optional:nacos:gateway.yaml?group=" + GROUP,
                        "--spring.cloud.service-registry.auto-registration.enabled=false",
                        "--worksafety.gateway.discovery.refresh-interval=" + REFRESH.toMillis() + "ms",
                        "--worksafety.gateway.discovery.timeout=1s",
                        "--worksafety.gateway.rate-limits.enabled=false",
                        "--worksafety.gateway.openapi.refresh-interval=1h");
    }

    @AfterAll
    static void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (relay != null) {
            relay.cut();
        }
        if (enterprise != null) {
            enterprise.stop(0);
        }
        instance("DELETE");
    }

    @Test
    void routingGoesOnToTheKnownInstanceWhileNacosIsUnreachable() throws Exception {
        await("routed through Nacos before the outage").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(NacosOutageRoutingTest::call, status -> status == 200);

        relay.cut();

        // Twenty refresh intervals: every one of them asks Nacos and gets no answer.
        Instant end = Instant.now().plus(REFRESH.multipliedBy(20));
        int calls = 0;
        while (Instant.now().isBefore(end)) {
            assertThat(call()).as("call %d with Nacos unreachable", calls).isEqualTo(200);
            calls++;
            Thread.sleep(100);
        }
        assertThat(calls).isGreaterThan(0);
    }

    private static int call() throws Exception {
        int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/enterprises"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Registers or removes the backend as a persistent instance (it needs no heartbeat) of enterprise-service. */
    private static void instance(String method) throws Exception {
        String query = "serviceName=enterprise-service&groupName=" + GROUP + "&ip=127.0.0.1&port="
                + enterprise.getAddress().getPort() + "&ephemeral=false";
        URI uri = URI.create("http://127.0.0.1:" + nacosPort() + "/nacos/v3/admin/ns/instance"
                + (method.equals("DELETE") ? "?" + query : ""));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (method.equals("DELETE")) {
            request.DELETE();
        }
        else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(query));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static int nacosPort() {
        String port = System.getenv("WS_NACOS_PORT");
        return port == null || port.isBlank() ? 8848 : Integer.parseInt(port);
    }

    /**
     * Relays port P to Nacos's HTTP port and P + 1000 to its gRPC port (a Nacos client derives the second from the
     * first), until cut: then both refuse and every relayed connection is closed.
     */
    static final class Relay {

        final int port;
        private final List<ServerSocket> listeners;
        private final ConcurrentLinkedQueue<Socket> open = new ConcurrentLinkedQueue<>();

        private Relay(int port, List<ServerSocket> listeners) {
            this.port = port;
            this.listeners = listeners;
        }

        static Relay toNacos(int nacos) throws IOException {
            for (int attempt = 0; attempt < 50; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(20_000, 30_000);
                ServerSocket http;
                try {
                    http = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress());
                }
                catch (IOException taken) {
                    continue;
                }
                try {
                    ServerSocket grpc = new ServerSocket(port + 1000, 50, java.net.InetAddress.getLoopbackAddress());
                    Relay relay = new Relay(port, List.of(http, grpc));
                    relay.accept(http, nacos);
                    relay.accept(grpc, nacos + 1000);
                    return relay;
                }
                catch (IOException taken) {
                    http.close();
                }
            }
            throw new IllegalStateException("no free pair of ports for the relay");
        }

        private void accept(ServerSocket listener, int target) {
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket client = listener.accept();
                        Socket server = new Socket("127.0.0.1", target);
                        open.add(client);
                        open.add(server);
                        pipe(client, server);
                        pipe(server, client);
                    }
                    catch (IOException closed) {
                        // cut, or Nacos refused: the client sees a closed connection either way
                    }
                }
            }, "relay-" + listener.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private static void pipe(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                }
                catch (IOException closed) {
                    // one side went away
                }
                finally {
                    try {
                        to.close();
                    }
                    catch (IOException ignored) {
                        // already closed
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void cut() throws IOException {
            for (ServerSocket listener : listeners) {
                listener.close();
            }
            for (Socket socket : open) {
                socket.close();
            }
        }
    }
}
