package cn.gov.sucheng.worksafety.platform.security;

import java.io.IOException;
import java.net.URI;

import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import cn.gov.sucheng.worksafety.platform.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem+json, like every other error of the suite. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemAuthenticationEntryPoint(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                "A valid access token is required (Authorization: Bearer ...): " + ex.getMessage());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        String scope = ScopeRules.requiredScope(request.getMethod(), request.getRequestURI());
        write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, scope == null
                ? "The access token does not grant this operation."
                : request.getMethod() + " here needs the scope " + scope + ", which the access token does not hold.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        String requestId = RequestIds.current();
        if (requestId != null) {
            problem.setProperty(RequestIds.PROBLEM_MEMBER, requestId);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
