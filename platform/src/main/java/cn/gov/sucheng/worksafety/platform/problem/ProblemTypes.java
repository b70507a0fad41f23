package cn.gov.sucheng.worksafety.platform.problem;

import java.net.URI;

/**
 * The stable {@code type} URIs of every problem+json answer the suite gives. Clients switch on these,
 * so a value, once published, never changes.
 */
public final class ProblemTypes {

    private static final String BASE = "https://worksafety.sucheng.gov.cn/problems/";

    /** A field of the request breaks a rule; the answer lists the fields. */
    public static final URI VALIDATION = URI.create(BASE + "validation");
    /** The body is not JSON, or a value has the wrong type. */
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    /** The resource exists already, or its state or version does not allow the change. */
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    /** The request is well formed but refers to something that does not exist elsewhere. */
    public static final URI UNPROCESSABLE = URI.create(BASE + "unprocessable");
    /** A sibling service the request needs did not answer in time or is down. */
    public static final URI DEPENDENCY_UNAVAILABLE = URI.create(BASE + "dependency-unavailable");
    /** The service that owns the path could not be reached through the gateway. */
    public static final URI SERVICE_UNAVAILABLE = URI.create(BASE + "service-unavailable");
    /** An {@code If-Match} names a version that is no longer the current one: read again and reapply. */
    public static final URI PRECONDITION_FAILED = URI.create(BASE + "precondition-failed");
    /** An {@code Idempotency-Key} used before with a different request. */
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");
    /** A request with the same {@code Idempotency-Key} is still being handled. */
    public static final URI REQUEST_IN_PROGRESS = URI.create(BASE + "request-in-progress");
    /** The record is held by another change for longer than the service waits: retry after a moment. */
    public static final URI BUSY = URI.create(BASE + "busy");
    /** The request line is longer than the gateway accepts. */
    public static final URI URI_TOO_LONG = URI.create(BASE + "uri-too-long");
    /** The request's headers are larger than the gateway accepts. */
    public static final URI HEADERS_TOO_LARGE = URI.create(BASE + "request-headers-too-large");
    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    /** The request body is larger than the service accepts. */
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    /** The calling system used up its rate limit: retry after the {@code Retry-After} seconds. */
    public static final URI RATE_LIMITED = URI.create(BASE + "rate-limited");
    /** The owning service failed without a usable answer (an error page rather than problem+json): 502. */
    public static final URI BAD_GATEWAY = URI.create(BASE + "bad-gateway");
    /** No valid access token (none, expired, forged, or its client is disabled): 401. */
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    /** A valid token without the scope the route and method need: 403. */
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    /** A fault of the suite itself, never of the caller. */
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private ProblemTypes() {
    }
}
