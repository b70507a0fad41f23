package cn.gov.sucheng.worksafety.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.sucheng.worksafety.gateway.requestid.RequestIdFilter;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import cn.gov.sucheng.worksafety.platform.web.RequestIds;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;

/**
 * The problem+json bodies the gateway answers itself. Plain maps rather than {@code ProblemDetail}, so
 * the same body is written by a controller and by the error handler without depending on which JSON
 * codec (Jackson 2 comes with springdoc, Jackson 3 with Boot) picks it up.
 */
public final class Problems {

    /**
     * Seconds a client waits before it sends again what the gateway answered 503: an instance that is restarting or
     * shedding load, or a route whose breaker is open, is asked again at once and cheaply after that.
     */
    public static final String RETRY_AFTER_SECONDS = "1";

    private Problems() {
    }

    /** A problem about the exchange's request, carrying its request id as every problem of the suite does. */
    public static Map<String, Object> body(ServerWebExchange exchange, HttpStatusCode status, URI type, String title,
            String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        if (requestId != null) {
            body.put(RequestIds.PROBLEM_MEMBER, requestId);
        }
        return body;
    }

    /** The stable type of an error status the gateway answers for itself or for a service. */
    public static URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> ProblemTypes.UNAUTHENTICATED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 409 -> ProblemTypes.CONFLICT;
            case 412 -> ProblemTypes.PRECONDITION_FAILED;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemTypes.URI_TOO_LONG;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ProblemTypes.UNPROCESSABLE;
            case 429 -> ProblemTypes.RATE_LIMITED;
            case 431 -> ProblemTypes.HEADERS_TOO_LARGE;
            case 502 -> ProblemTypes.BAD_GATEWAY;
            case 503, 504 -> ProblemTypes.SERVICE_UNAVAILABLE;
            default -> status.is5xxServerError() ? ProblemTypes.INTERNAL : ProblemTypes.MALFORMED_REQUEST;
        };
    }

    public static String reason(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : String.valueOf(status.value());
    }
}
