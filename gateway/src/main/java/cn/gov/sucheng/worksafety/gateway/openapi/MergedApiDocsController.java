package cn.gov.sucheng.worksafety.gateway.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /v3/api-docs}: one OpenAPI document for the whole suite, merged from the services' own
 * documents ({@link ServiceApiDocs}). A service whose document the gateway could never get does not fail
 * the document: it is listed under {@code x-unavailable-services}. The gateway adds what it enforces: the security
 * schemes and scopes, and the problem+json answers ({@link SecuredProblemContract}).
 */
@Hidden
@RestController
public class MergedApiDocsController {

    private final OpenApiMerger merger = new OpenApiMerger();
    private final ServiceApiDocs docs;
    private final JsonMapper json;

    private final String tokenUrl;

    public MergedApiDocsController(ServiceApiDocs docs, JsonMapper json,
            @Value("${worksafety.gateway.openapi.token-url:${spring.security.oauth2.resourceserver.jwt.issuer-uri}/oauth2/token}")
            String tokenUrl) {
        this.docs = docs;
        this.json = json;
        this.tokenUrl = tokenUrl;
    }

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> apiDocs(ServerHttpRequest request) {
        List<String> services = docs.routedServices();
        String serverUrl = UriComponentsBuilder.fromUri(request.getURI())
                .replacePath(null).replaceQuery(null).fragment(null).build().toUriString();
        return Flux.fromIterable(services)
                .flatMapSequential(service -> docs.current(service).map(doc -> Map.entry(service, doc)))
                .collectList()
                .map(found -> {
                    Map<String, JsonNode> inRouteOrder = new LinkedHashMap<>();
                    List<String> unavailable = new ArrayList<>();
                    found.forEach(entry -> entry.getValue().ifPresentOrElse(
                            doc -> inRouteOrder.put(entry.getKey(), doc), () -> unavailable.add(entry.getKey())));
                    return json.writeValueAsString(SecuredProblemContract.apply(
                            merger.merge(inRouteOrder, unavailable, serverUrl), tokenUrl));
                });
    }
}
