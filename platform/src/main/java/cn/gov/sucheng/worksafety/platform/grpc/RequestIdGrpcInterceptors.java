package cn.gov.sucheng.worksafety.platform.grpc;

import cn.gov.sucheng.worksafety.platform.web.RequestIds;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import org.slf4j.MDC;

/** Carries the request id across gRPC hops, so one id follows a call through every service's logs. */
public final class RequestIdGrpcInterceptors {

    static final Metadata.Key<String> KEY = Metadata.Key.of(RequestIds.HEADER.toLowerCase(),
            Metadata.ASCII_STRING_MARSHALLER);

    private RequestIdGrpcInterceptors() {
    }

    /** Sends the current request id with every outgoing call. */
    public static ClientInterceptor client() {
        return new ClientInterceptor() {
            @Override
            public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options,
                    Channel next) {
                return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<R> listener, Metadata headers) {
                        String id = MDC.get(RequestIds.MDC_KEY);
                        if (id != null) {
                            headers.put(KEY, id);
                        }
                        super.start(listener, headers);
                    }
                };
            }
        };
    }

    /** Puts the incoming request id into the logging context while the call is handled. */
    public static ServerInterceptor server() {
        return new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                    ServerCallHandler<Q, R> next) {
                String id = headers.get(KEY);
                return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
                    @Override
                    public void onHalfClose() {
                        withId(id, super::onHalfClose);
                    }

                    @Override
                    public void onMessage(Q message) {
                        withId(id, () -> super.onMessage(message));
                    }
                };
            }
        };
    }

    private static void withId(String id, Runnable action) {
        if (id == null) {
            action.run();
            return;
        }
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            action.run();
        }
        finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
