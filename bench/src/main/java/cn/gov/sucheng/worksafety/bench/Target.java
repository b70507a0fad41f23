package cn.gov.sucheng.worksafety.bench;

import java.net.URI;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseByCreditCodeRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseResponse;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;

/**
 * Something that looks an enterprise up by a key: by id (or by credit code, scenario c) over REST (gateway or
 * direct) or over gRPC, or fetches its one-enterprise profile (scenario c).
 */
interface Target extends AutoCloseable {

    String name();

    /** A caller for one worker thread; close it to give its connection back. */
    Caller caller();

    @Override
    void close();

    interface Caller extends AutoCloseable {
        /** Look one enterprise up by its key; true when it was found (HTTP 200 / a gRPC answer with that key). */
        boolean lookup(String key) throws Exception;

        @Override
        void close();
    }

    /**
     * {@code GET {base}/api/v1/enterprises/{id}} (or {@code {prefix}{key}}) over keep-alive HTTP/1.1 connections,
     * one per worker.
     */
    final class Rest implements Target {
        private final String name;
        private final String prefix;
        final String host;
        final int port;
        final ConcurrentLinkedQueue<HttpConnection> idle = new ConcurrentLinkedQueue<>();

        Rest(String name, String baseUrl) {
            this(name, baseUrl, "/api/v1/enterprises/");
        }

        /** Looks up {@code GET {prefix}{key}}, e.g. prefix {@code /api/v1/enterprises/by-credit-code/}. */
        Rest(String name, String baseUrl, String prefix) {
            URI uri = URI.create(baseUrl);
            this.name = name;
            this.prefix = prefix;
            this.host = uri.getHost();
            this.port = uri.getPort() > 0 ? uri.getPort() : 80;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Caller caller() {
            HttpConnection c = idle.poll();
            HttpConnection connection = c != null ? c : new HttpConnection(host, port);
            return new Caller() {
                @Override
                public boolean lookup(String key) throws Exception {
                    return connection.get(prefix + key) == 200;
                }

                @Override
                public void close() {
                    idle.offer(connection);
                }
            };
        }

        @Override
        public void close() {
            for (HttpConnection c; (c = idle.poll()) != null;) {
                c.close();
            }
        }
    }

    /**
     * {@code EnterpriseService/GetEnterprise} (or {@code GetEnterpriseByCreditCode}) with a blocking stub on one
     * plain-text channel (HTTP/2, multiplexed).
     */
    final class Grpc implements Target {
        private final String name;
        private final boolean byCreditCode;
        private final ManagedChannel channel;
        private final EnterpriseServiceGrpc.EnterpriseServiceBlockingStub stub;

        Grpc(String name, String hostPort) {
            this(name, hostPort, false);
        }

        /** With {@code byCreditCode}, the keys are credit codes and the call is GetEnterpriseByCreditCode. */
        Grpc(String name, String hostPort, boolean byCreditCode) {
            int colon = hostPort.lastIndexOf(':');
            this.name = name;
            this.byCreditCode = byCreditCode;
            this.channel = NettyChannelBuilder.forAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)))
                    .usePlaintext()
                    .directExecutor()
                    .build();
            this.stub = EnterpriseServiceGrpc.newBlockingStub(channel);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Caller caller() {
            return new Caller() {
                @Override
                public boolean lookup(String key) {
                    if (byCreditCode) {
                        return stub.withDeadlineAfter(5, TimeUnit.SECONDS)
                                .getEnterpriseByCreditCode(GetEnterpriseByCreditCodeRequest.newBuilder().setCreditCode(key).build())
                                .getEnterprise().getCreditCode().equals(key);
                    }
                    GetEnterpriseResponse r = stub.withDeadlineAfter(5, TimeUnit.SECONDS)
                            .getEnterprise(GetEnterpriseRequest.newBuilder().setId(key).build());
                    return r.getEnterprise().getId().equals(key);
                }

                @Override
                public void close() {
                    // the channel is shared
                }
            };
        }

        @Override
        public void close() {
            channel.shutdownNow();
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * {@code GET {base}/api/v1/enterprises/{id}/profile}: found when the answer is 200; counts the answers whose
     * {@code hazards.available} is true and false (hazard-service's part of the profile).
     */
    final class Profile implements Target {
        private static final Pattern HAZARDS_AVAILABLE =
                Pattern.compile("\"hazards\"\\s*:\\s*\\{\\s*\"available\"\\s*:\\s*(true|false)");
        private final Rest rest;
        final AtomicLong hazardsAvailable = new AtomicLong();
        final AtomicLong hazardsUnavailable = new AtomicLong();
        /** 200 answers without a readable hazards.available (should stay 0). */
        final AtomicLong hazardsUnknown = new AtomicLong();
        volatile String firstUnknown;

        private final int timeoutMs;

        /** {@code timeoutMs}: each request's read timeout (longer than the profile's deadline). */
        Profile(String name, String baseUrl, int timeoutMs) {
            this.rest = new Rest(name, baseUrl);
            this.timeoutMs = timeoutMs;
        }

        @Override
        public String name() {
            return rest.name();
        }

        void resetCounts() {
            hazardsAvailable.set(0);
            hazardsUnavailable.set(0);
            hazardsUnknown.set(0);
            firstUnknown = null;
        }

        @Override
        public Caller caller() {
            HttpConnection c = rest.idle.poll();
            HttpConnection connection = c != null ? c : new HttpConnection(rest.host, rest.port, timeoutMs);
            return new Caller() {
                @Override
                public boolean lookup(String id) throws Exception {
                    if (connection.getBody("/api/v1/enterprises/" + id + "/profile") != 200) {
                        return false;
                    }
                    String body = connection.body();
                    Matcher m = HAZARDS_AVAILABLE.matcher(body);
                    if (!m.find()) {
                        hazardsUnknown.incrementAndGet();
                        if (firstUnknown == null) {
                            firstUnknown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
                        }
                    } else if (m.group(1).equals("true")) {
                        hazardsAvailable.incrementAndGet();
                    } else {
                        hazardsUnavailable.incrementAndGet();
                    }
                    return true;
                }

                @Override
                public void close() {
                    rest.idle.offer(connection);
                }
            };
        }

        @Override
        public void close() {
            rest.close();
        }
    }
}
