package cn.gov.sucheng.worksafety.platform.grpc;

import java.util.Map;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per gRPC call, on each side (logger {@code worksafety.grpc}; set it to WARN to keep quiet): the
 * method, its status and how long it took, with the trace and request ids of the call in the line's context, so
 * a sibling's part in a request is found in its log by the caller's trace id.
 */
public final class GrpcCallLog {

    private static final Logger LOG = LoggerFactory.getLogger("worksafety.grpc");

    private GrpcCallLog() {
    }

    /** Logs when the answer arrives, in the logging context of the code that made the call. */
    public static ClientInterceptor client() {
        return new ClientInterceptor() {
            @Override
            public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options,
                    Channel next) {
                return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<R> listener, Metadata headers) {
                        if (!LOG.isInfoEnabled()) {
                            super.start(listener, headers);
                            return;
                        }
                        long started = System.nanoTime();
                        // The answer comes on a gRPC thread: the caller's context is carried over to it.
                        Map<String, String> context = MDC.getCopyOfContextMap();
                        super.start(new SimpleForwardingClientCallListener<>(listener) {
                            @Override
                            public void onClose(Status status, Metadata trailers) {
                                withContext(context, () -> LOG.info("grpc call {} {} {} ms", method.getFullMethodName(),
                                        status.getCode(), millis(System.nanoTime() - started)));
                                super.onClose(status, trailers);
                            }
                        }, headers);
                    }
                };
            }
        };
    }

    /** Logs when the service closes the call: inside the call's own observation, so its trace id is in the line. */
    public static ServerInterceptor server() {
        return new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                    ServerCallHandler<Q, R> next) {
                if (!LOG.isInfoEnabled()) {
                    return next.startCall(call, headers);
                }
                long started = System.nanoTime();
                return next.startCall(new SimpleForwardingServerCall<>(call) {
                    @Override
                    public void close(Status status, Metadata trailers) {
                        LOG.info("grpc served {} {} {} ms", call.getMethodDescriptor().getFullMethodName(),
                                status.getCode(), millis(System.nanoTime() - started));
                        super.close(status, trailers);
                    }
                }, headers);
            }
        };
    }

    /** Milliseconds with one decimal, rounded; by arithmetic, as String.format costs more than the rest of the line. */
    static String millis(long elapsedNanos) {
        long tenths = (elapsedNanos + 50_000) / 100_000;
        return tenths / 10 + "." + tenths % 10;
    }

    private static void withContext(Map<String, String> context, Runnable action) {
        Map<String, String> previous = MDC.getCopyOfContextMap();
        if (context != null) {
            MDC.setContextMap(context);
        }
        try {
            action.run();
        }
        finally {
            if (previous != null) {
                MDC.setContextMap(previous);
            }
            else {
                MDC.clear();
            }
        }
    }
}
