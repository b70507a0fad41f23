package cn.gov.sucheng.worksafety.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.grpc.Channel;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;

/** Asks a gRPC server what it offers, as a client that knows only the server's address would. */
public final class GrpcReflection {

    private GrpcReflection() {
    }

    /** The full names of the services the server lists through server reflection. */
    public static List<String> listServices(Channel channel) throws InterruptedException {
        List<String> services = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel)
                .serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse r) {
                        r.getListServicesResponse().getServiceList().forEach(s -> services.add(s.getName()));
                    }

                    @Override
                    public void onError(Throwable t) {
                        done.countDown();
                    }

                    @Override
                    public void onCompleted() {
                        done.countDown();
                    }
                });
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
        requests.onCompleted();
        if (!done.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("server reflection did not answer within 5 s");
        }
        return List.copyOf(services);
    }
}
