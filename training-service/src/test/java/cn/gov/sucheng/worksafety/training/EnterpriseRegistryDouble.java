package cn.gov.sucheng.worksafety.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/**
 * enterprise-service's registry as training-service sees it, on a real gRPC port: it knows the enterprises a
 * test registers and answers NOT_FOUND for any other, as the registry does. One server for the whole run,
 * bound to port 0 once, so no port is picked first and bound later.
 */
public final class EnterpriseRegistryDouble extends EnterpriseServiceGrpc.EnterpriseServiceImplBase {

    private static final EnterpriseRegistryDouble INSTANCE = new EnterpriseRegistryDouble();
    private static Server server;

    private final Map<String, Enterprise> known = new ConcurrentHashMap<>();
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicInteger calls = new AtomicInteger();

    private EnterpriseRegistryDouble() {
    }

    /** The port of the running double, started on first use. */
    public static synchronized int port() {
        if (server == null) {
            try {
                server = ServerBuilder.forPort(0).addService(INSTANCE).build().start();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return server.getPort();
    }

    /** A new enterprise the registry knows, in {@code town}. */
    public static UUID register(String town) {
        UUID id = UUID.randomUUID();
        INSTANCE.known.put(id.toString(), Enterprise.newBuilder().setId(id.toString())
                .setName("宿迁市宿城区恒安化工有限公司").setTown(town)
                .setIndustryArea(IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS).build());
        return id;
    }

    /** While false, the registry answers UNAVAILABLE as a stopped one would. */
    public static void up(boolean up) {
        INSTANCE.up.set(up);
    }

    /** How many GetEnterprise calls reached the registry so far. */
    public static int calls() {
        return INSTANCE.calls.get();
    }

    @Override
    public void getEnterprise(GetEnterpriseRequest request, StreamObserver<GetEnterpriseResponse> response) {
        calls.incrementAndGet();
        if (!up.get()) {
            response.onError(Status.UNAVAILABLE.withDescription("registry stopped").asRuntimeException());
            return;
        }
        Enterprise e = known.get(request.getId());
        if (e == null) {
            response.onError(Status.NOT_FOUND.withDescription("enterprise " + request.getId() + " does not exist")
                    .asRuntimeException());
            return;
        }
        response.onNext(GetEnterpriseResponse.newBuilder().setEnterprise(e).build());
        response.onCompleted();
    }
}
