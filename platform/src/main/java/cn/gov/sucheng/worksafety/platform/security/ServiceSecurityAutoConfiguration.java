package cn.gov.sucheng.worksafety.platform.security;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Each service is a resource server for the suite's issuer: it verifies again the token the gateway forwarded
 * (a service reached directly without a valid token answers 401) and applies the same table of scopes per
 * collection and method as the gateway ({@link ScopeRules}), so a service reached around the gateway grants no
 * more than the gateway would (403 problem+json naming the scope). Open: health probes, Prometheus (reached only
 * inside the cluster), the service's OpenAPI document (the gateway merges it), and the published disclosures.
 * The issuer is {@code spring.security.oauth2.resourceserver.jwt.*} (platform defaults: the local one).
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class ServiceSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain serviceSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(json);
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz",
                            "/actuator/prometheus", "/actuator/info").permitAll();
                    auth.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll();
                    auth.requestMatchers(HttpMethod.GET, "/api/v1/disclosures", "/api/v1/disclosures/**").permitAll();
                    auth.requestMatchers("/error").permitAll();
                    auth.requestMatchers(ScopeRules.SYNC.toArray(String[]::new)).hasAuthority(authority(Scopes.SYNC));
                    collectionScopes(auth);
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> { })
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /**
     * The issuer's tokens verified as Spring Boot would (keys from the JWK set, "iss" and the timestamps checked),
     * each token once until it expires ({@link VerifiedTokens}). A decoder of one's own (tests) replaces it.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder cachingJwtDecoder(OAuth2ResourceServerProperties properties) {
        NimbusJwtDecoder issuer = NimbusJwtDecoder.withJwkSetUri(properties.getJwt().getJwkSetUri()).build();
        issuer.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.getJwt().getIssuerUri()));
        return new CachingJwtDecoder(issuer, VerifiedTokens.withSuiteSettings());
    }

    /**
     * No observation per security filter: with an observation registry, Spring Security wraps each of its filters
     * in an observation of its own on every request, timers nobody reads. The request's own observation
     * (http.server.requests, traced) stays.
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** GET and HEAD need the domain's read scope, any other method its write scope. */
    private static void collectionScopes(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        ScopeRules.COLLECTIONS.forEach((domain, collections) -> {
            String[] patterns = collections.stream().flatMap(c -> ScopeRules.patterns(c).stream())
                    .toArray(String[]::new);
            auth.requestMatchers(HttpMethod.GET, patterns).hasAuthority(authority(Scopes.read(domain)));
            auth.requestMatchers(HttpMethod.HEAD, patterns).hasAuthority(authority(Scopes.read(domain)));
            auth.requestMatchers(patterns).hasAuthority(authority(Scopes.write(domain)));
        });
    }

    private static String authority(String scope) {
        return "SCOPE_" + scope;
    }
}
