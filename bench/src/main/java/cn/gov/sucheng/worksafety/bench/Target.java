package cn.gov.sucheng.worksafety.bench;

import java.net.URI;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseResponse;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;

/** Something that looks an enterprise up by id: over REST (gateway or direct) or over gRPC. */
interface Target extends AutoCloseable {

    String name();

    /** A caller for one worker thread; close it to give its connection back. */
    Caller caller();

    @Override
    void close();

    interface Caller extends AutoCloseable {
        /** Look one enterprise up; true when it was found (HTTP 200 / a gRPC answer with that id). */
        boolean lookup(String id) throws Exception;

        @Override
        void close();
    }

    /** {@code GET {base}/api/v1/enterprises/{id}} over keep-alive HTTP/1.1 connections, one per worker. */
    final class Rest implements Target {
        private final String name;
        private final String host;
        private final int port;
        private final ConcurrentLinkedQueue<HttpConnection> idle = new ConcurrentLinkedQueue<>();

        Rest(String name, String baseUrl) {
            URI uri = URI.create(baseUrl);
            this.name = name;
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
                public boolean lookup(String id) throws Exception {
                    return connection.get("/api/v1/enterprises/" + id) == 200;
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

    /** {@code EnterpriseService/GetEnterprise} with a blocking stub on one plain-text channel (HTTP/2, multiplexed). */
    final class Grpc implements Target {
        private final String name;
        private final ManagedChannel channel;
        private final EnterpriseServiceGrpc.EnterpriseServiceBlockingStub stub;

        Grpc(String name, String hostPort) {
            int colon = hostPort.lastIndexOf(':');
            this.name = name;
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
                public boolean lookup(String id) {
                    GetEnterpriseResponse r = stub.withDeadlineAfter(5, TimeUnit.SECONDS)
                            .getEnterprise(GetEnterpriseRequest.newBuilder().setId(id).build());
                    return r.getEnterprise().getId().equals(id);
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
}
