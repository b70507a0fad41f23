package cn.gov.sucheng.worksafety.platform.security;

import java.util.List;
import java.util.Map;

/**
 * The one table of who may call what (the gateway enforces it, and each service again for the token the gateway
 * forwards, ServiceSecurityAutoConfiguration; the end-to-end tests walk it): per route (the collections each service owns) and
 * method, the scope a caller's token must hold. Reads (GET, HEAD) need {@code <domain>:read}, anything else
 * {@code <domain>:write}; the provincial sync needs {@code sync}, operations
 * {@code admin}. Open without a token: health probes, the published disclosures (GET), the OpenAPI document and
 * its UI. Every other path needs a valid token (then the gateway's 404 for a path no route has).
 */
public final class ScopeRules {

    /** Collections by the domain that owns them, as routed in application.yml. */
    public static final Map<String, List<String>> COLLECTIONS = Map.of(
            "enterprise", List.of("/api/v1/enterprises", "/api/v1/licences", "/api/v1/standardization-gradings",
                    "/api/v1/major-hazard-sources", "/api/v1/credit-events", "/api/v1/risk-map",
                    "/api/v1/emergency-plans", "/api/v1/liability-insurance-policies"),
            "hazard", List.of("/api/v1/hazards", "/api/v1/risk-reports", "/api/v1/accidents", "/api/v1/indicators"),
            "enforcement", List.of("/api/v1/inspection-plans", "/api/v1/inspections", "/api/v1/inspection-reports",
                    "/api/v1/cases", "/api/v1/discretion-baselines", "/api/v1/disclosures", "/api/v1/enforcement-trail"),
            "training", List.of("/api/v1/trainees", "/api/v1/certificates", "/api/v1/training-sessions",
                    "/api/v1/exams", "/api/v1/officers", "/api/v1/drills", "/api/v1/key-post-coverage"));

    /** Reached without a token, any method. */
    public static final List<String> OPEN = List.of("/actuator/health", "/actuator/health/**", "/livez", "/readyz",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/gateway-api-docs", "/v3/gateway-api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/webjars/**");

    /** Reached without a token with GET (and HEAD): what the district publishes. */
    public static final List<String> PUBLISHED = List.of("/api/v1/disclosures", "/api/v1/disclosures/**");

    public static final List<String> SYNC = List.of("/api/v1/sync/**");

    /** Operations: the gateway's admin API and its actuator (other than health). */
    public static final List<String> ADMIN = List.of("/admin/**", "/actuator/**");

    private ScopeRules() {
    }

    /** The path and everything under it. */
    public static List<String> patterns(String collection) {
        return List.of(collection, collection + "/**");
    }

    /**
     * The scope {@code method path} needs, for a path under one of {@link #COLLECTIONS}; null for another path.
     * Plain string matching, for problem details, tests and documentation; the gateway and the services enforce the
     * same table with Spring Security's matchers (GatewaySecurity, ServiceSecurityAutoConfiguration).
     */
    public static String requiredScope(String method, String path) {
        for (Map.Entry<String, List<String>> domain : COLLECTIONS.entrySet()) {
            for (String collection : domain.getValue()) {
                if (path.equals(collection) || path.startsWith(collection + "/")) {
                    return method.equals("GET") || method.equals("HEAD") ? Scopes.read(domain.getKey())
                            : Scopes.write(domain.getKey());
                }
            }
        }
        return null;
    }
}
