package cn.gov.sucheng.worksafety.gateway.security;

import java.net.URI;
import java.util.Map;

import cn.gov.sucheng.worksafety.gateway.observability.AccessLog;
import cn.gov.sucheng.worksafety.gateway.problem.Problems;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import cn.gov.sucheng.worksafety.platform.security.ScopeRules;
import cn.gov.sucheng.worksafety.platform.security.Scopes;
import cn.gov.sucheng.worksafety.platform.security.VerifiedTokens;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.sucheng.worksafety.gateway.routing.OriginalPathFilter;

/**
 * The gateway as an OAuth2 resource server: a caller's JWT is verified against the configured issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.*}), its client must not be disabled, and its scopes must
 * cover the route and method ({@link ScopeRules}). The token itself travels on to the service, which verifies it
 * again. 401 and 403 are problem+json.
 */
@Configuration(proxyBeanMethods = false)
public class GatewaySecurity {

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, ClientSettings clients, JsonMapper json) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(GatewaySecurity::rules)
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(enabledClientsOnly(clients)))
                        .authenticationEntryPoint((exchange, ex) -> unauthenticated(exchange, ex, json))
                        .accessDeniedHandler((exchange, ex) -> forbidden(exchange, json)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((exchange, ex) -> unauthenticated(exchange, ex, json))
                        .accessDeniedHandler((exchange, ex) -> forbidden(exchange, json)))
                .build();
    }

    /**
     * The issuer's tokens verified as Spring Boot would (keys from the JWK set, "iss" and the timestamps checked),
     * each token once until it expires ({@link VerifiedTokens}). A decoder of one's own (tests, another issuer)
     * replaces it.
     */
    @Bean
    @ConditionalOnMissingBean(ReactiveJwtDecoder.class)
    ReactiveJwtDecoder cachingJwtDecoder(OAuth2ResourceServerProperties properties) {
        NimbusReactiveJwtDecoder issuer = NimbusReactiveJwtDecoder.withJwkSetUri(properties.getJwt().getJwkSetUri())
                .build();
        issuer.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.getJwt().getIssuerUri()));
        return new CachingReactiveJwtDecoder(issuer, VerifiedTokens.withSuiteSettings());
    }

    /**
     * No observation per security filter: with an observation registry, Spring Security wraps each of its filters
     * in an observation of its own on every request, timers nobody reads (a tenth of the request path in the
     * profile). The request's own observation (http.server.requests, traced) stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static void rules(AuthorizeExchangeSpec auth) {
        auth.pathMatchers(ScopeRules.OPEN.toArray(String[]::new)).permitAll();
        auth.pathMatchers(HttpMethod.GET, ScopeRules.PUBLISHED.toArray(String[]::new)).permitAll();
        auth.pathMatchers(HttpMethod.HEAD, ScopeRules.PUBLISHED.toArray(String[]::new)).permitAll();
        auth.pathMatchers(ScopeRules.SYNC.toArray(String[]::new)).hasAuthority(authority(Scopes.SYNC));
        auth.pathMatchers(ScopeRules.ADMIN.toArray(String[]::new)).hasAuthority(authority(Scopes.ADMIN));
        ScopeRules.COLLECTIONS.forEach((domain, collections) -> {
            String[] patterns = collections.stream().flatMap(c -> ScopeRules.patterns(c).stream())
                    .toArray(String[]::new);
            auth.pathMatchers(HttpMethod.GET, patterns).hasAuthority(authority(Scopes.read(domain)));
            auth.pathMatchers(HttpMethod.HEAD, patterns).hasAuthority(authority(Scopes.read(domain)));
            auth.pathMatchers(patterns).hasAuthority(authority(Scopes.write(domain)));
        });
        auth.anyExchange().authenticated();
    }

    private static String authority(String scope) {
        return "SCOPE_" + scope;
    }

    /** Scopes become SCOPE_x authorities, after the client is checked against the disabled ones. */
    private static Converter<Jwt, Mono<AbstractAuthenticationToken>> enabledClientsOnly(ClientSettings clients) {
        ReactiveJwtAuthenticationConverterAdapter scopes =
                new ReactiveJwtAuthenticationConverterAdapter(new JwtAuthenticationConverter());
        return jwt -> AccessLog.rememberCaller(jwt, () -> {
            if (clients.isDisabled(jwt.getSubject())) {
                return Mono.error(new InvalidBearerTokenException("client " + jwt.getSubject() + " is disabled"));
            }
            return scopes.convert(jwt);
        });
    }

    private static Mono<Void> unauthenticated(ServerWebExchange exchange, Exception ex, JsonMapper json) {
        String why = ex instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null
                ? oauth.getError().getDescription() : "no access token";
        exchange.getResponse().getHeaders().set("WWW-Authenticate",
                ex instanceof OAuth2AuthenticationException ? "Bearer error=\"invalid_token\"" : "Bearer");
        return write(exchange, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                "A valid access token is required (Authorization: Bearer ...): " + sanitized(why), json);
    }

    private static Mono<Void> forbidden(ServerWebExchange exchange, JsonMapper json) {
        HttpMethod method = exchange.getRequest().getMethod();
        String scope = ScopeRules.requiredScope(method.name(), exchange.getRequest().getPath().value());
        return write(exchange, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, scope == null
                ? "The access token does not grant this operation."
                : method.name() + " here needs the scope " + scope + ", which the access token does not hold.", json);
    }

    /** Nimbus's messages can quote the token's contents or the issuer's address: keep the first clause only. */
    private static String sanitized(String why) {
        int cut = why.indexOf(':');
        return cut < 0 ? why : why.substring(0, cut);
    }

    private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, URI type, String detail,
            JsonMapper json) {
        return write(exchange, status, Problems.body(exchange, status, type, status.getReasonPhrase(), detail,
                OriginalPathFilter.of(exchange)), json);
    }

    /** A problem the security filters answer themselves, before any route or error handler is reached. */
    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, Map<String, Object> problem,
            JsonMapper json) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(problem);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
