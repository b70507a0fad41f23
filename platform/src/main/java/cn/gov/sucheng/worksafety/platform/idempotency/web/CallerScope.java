package cn.gov.sucheng.worksafety.platform.idempotency.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whose key it is: two callers may pick the same key without meeting. Callers have no identity yet, so every
 * key lives in one scope; once the gateway forwards the caller, a bean of this type naming it is the one change.
 */
@FunctionalInterface
public interface CallerScope {

    /** Everyone, until callers are told apart. */
    CallerScope SHARED = request -> "";

    String of(HttpServletRequest request);
}
