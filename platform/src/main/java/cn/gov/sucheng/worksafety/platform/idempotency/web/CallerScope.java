package cn.gov.sucheng.worksafety.platform.idempotency.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose key it is: two callers may pick the same key without meeting, and one caller never receives the answer
 * given to another (the IETF draft keeps a key unique per client).
 */
@FunctionalInterface
public interface CallerScope {

    /**
     * The client the service verified the access token of (its subject: the client id of a client-credentials
     * token); empty for a request without one, which only the routes open to all can be.
     */
    CallerScope CLIENT = request -> {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated() ? ""
                : caller.getName();
    };

    String of(HttpServletRequest request);
}
