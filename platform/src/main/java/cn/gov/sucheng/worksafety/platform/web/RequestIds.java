package cn.gov.sucheng.worksafety.platform.web;

/** The request id the gateway stamps on every call, carried through logs and sibling calls. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The key under which logs find it (see the log pattern in worksafety-defaults.properties). */
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }
}
