package cn.gov.sucheng.worksafety.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;

import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What went wrong between the gateway and a service, told apart by the exception's cause chain. */
public enum UpstreamFailure {

    /** The service answered nothing within the time limit: 504. */
    TIMEOUT(HttpStatus.GATEWAY_TIMEOUT),
    /** No instance, connection refused, breaker open, bulkhead full: 503. */
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    /** Not a failure to reach a service at all. */
    NONE(null);

    private final HttpStatus status;

    UpstreamFailure(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static UpstreamFailure of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ReadTimeoutException
                    || t instanceof ResponseStatusException rse && rse.getStatusCode().value() == 504) {
                return TIMEOUT;
            }
            // NotFoundException is the load balancer's "no instance"; a connect timeout means the host
            // is unreachable, which callers should treat like a refused connection.
            if (t instanceof NotFoundException || t instanceof ConnectException
                    || t instanceof ConnectTimeoutException || t instanceof CallNotPermittedException
                    || t instanceof BulkheadFullException) {
                return UNAVAILABLE;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return NONE;
    }
}
