package cn.gov.sucheng.worksafety.gateway.ratelimit;

import java.security.Principal;

import cn.gov.sucheng.worksafety.gateway.problem.Problems;
import cn.gov.sucheng.worksafety.gateway.routing.OriginalPathFilter;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.gov.sucheng.worksafety.gateway.ratelimit.ClientRateLimiter.Verdict;

/**
 * Counts each authenticated request against its client's limit, after Spring Security has verified the token
 * (so a forged {@code sub} never spends another client's allowance) and before routing. Over the limit: 429
 * problem+json with {@code Retry-After}. Anonymous requests (health, published disclosures) are not counted.
 */
public class RateLimitFilter implements WebFilter, Ordered {

    /** Right after Spring Security's filter chain (order -100). */
    static final int ORDER = -90;

    private final ClientRateLimiter limiter;
    private final RateLimitSettings settings;
    private final JsonMapper json;

    RateLimitFilter(ClientRateLimiter limiter, RateLimitSettings settings, JsonMapper json) {
        this.limiter = limiter;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!settings.limiting()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(Principal::getName)
                .defaultIfEmpty("")
                .flatMap(client -> client.isEmpty() ? chain.filter(exchange)
                        : limiter.acquire(client).flatMap(verdict -> verdict.allowed() ? chain.filter(exchange)
                                : tooManyRequests(exchange, client, verdict)));
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, String client, Verdict verdict) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
        String detail = "Client " + client + " may send " + verdict.limit().requests() + " requests per "
                + verdict.limit().per().toString().substring(2).toLowerCase() + "; retry after "
                + verdict.retryAfterSeconds() + " s.";
        byte[] body = json.writeValueAsBytes(Problems.body(exchange, HttpStatus.TOO_MANY_REQUESTS,
                ProblemTypes.RATE_LIMITED, HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase(), detail,
                OriginalPathFilter.of(exchange)));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
