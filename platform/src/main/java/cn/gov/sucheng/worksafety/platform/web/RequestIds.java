package cn.gov.sucheng.worksafety.platform.web;

import org.slf4j.MDC;

/** The request id the gateway stamps on every call, carried through logs and sibling calls. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The key under which logs find it (see the log pattern in worksafety-defaults.properties). */
    public static final String MDC_KEY = "requestId";
    /** The member of every problem+json answer that names the call's request id. */
    public static final String PROBLEM_MEMBER = "requestId";

    private RequestIds() {
    }

    /** The request id of the call this thread serves (RequestIdFilter puts it in the MDC), or null outside one. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
