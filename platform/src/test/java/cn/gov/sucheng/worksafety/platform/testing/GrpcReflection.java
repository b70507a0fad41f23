package cn.gov.sucheng.worksafety.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.grpc.Channel;
import io.grpc.stub.StreamObserver;

/**
 * Asks a gRPC server what it offers, as a client that knows only the server's address would, in either version
 * of the reflection protocol: v1, and v1alpha that many clients (grpc-js, older grpcurl, Postman) still ask.
 */
public final class GrpcReflection {

    private GrpcReflection() {
    }

    /** The full names of the services the server lists through server reflection v1. */
    public static List<String> listServices(Channel channel) throws InterruptedException {
        return ask(observer -> io.grpc.reflection.v1.ServerReflectionGrpc.newStub(channel)
                .withDeadlineAfter(30, TimeUnit.SECONDS).serverReflectionInfo(observer),
                io.grpc.reflection.v1.ServerReflectionRequest.newBuilder().setListServices("").build(),
                (io.grpc.reflection.v1.ServerReflectionResponse r) -> r.getListServicesResponse().getServiceList()
                        .stream().map(s -> s.getName()).toList());
    }

    /** The full names of the services the server lists through server reflection v1alpha. */
    public static List<String> listServicesV1Alpha(Channel channel) throws InterruptedException {
        return ask(observer -> io.grpc.reflection.v1alpha.ServerReflectionGrpc.newStub(channel)
                .withDeadlineAfter(30, TimeUnit.SECONDS).serverReflectionInfo(observer),
                io.grpc.reflection.v1alpha.ServerReflectionRequest.newBuilder().setListServices("").build(),
                (io.grpc.reflection.v1alpha.ServerReflectionResponse r) -> r.getListServicesResponse()
                        .getServiceList().stream().map(s -> s.getName()).toList());
    }

    // The call's deadline bounds the wait; an error (UNIMPLEMENTED for a version not served) fails the caller.
    private static <Q, R> List<String> ask(Function<StreamObserver<R>, StreamObserver<Q>> call, Q request,
            Function<R, List<String>> names) throws InterruptedException {
        List<String> services = new ArrayList<>();
        CompletableFuture<List<String>> done = new CompletableFuture<>();
        StreamObserver<Q> requests = call.apply(new StreamObserver<>() {
            @Override
            public void onNext(R response) {
                services.addAll(names.apply(response));
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
                done.complete(List.copyOf(services));
            }
        });
        requests.onNext(request);
        requests.onCompleted();
        try {
            return done.get(60, TimeUnit.SECONDS);
        }
        catch (ExecutionException ex) {
            throw new AssertionError("server reflection failed: " + ex.getCause(), ex.getCause());
        }
        catch (TimeoutException ex) {
            throw new AssertionError("server reflection did not answer", ex);
        }
    }
}
