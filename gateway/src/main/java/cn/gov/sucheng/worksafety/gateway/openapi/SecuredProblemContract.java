package cn.gov.sucheng.worksafety.gateway.openapi;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.sucheng.worksafety.platform.idempotency.model.IdempotencyKey;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import cn.gov.sucheng.worksafety.platform.security.ScopeRules;
import cn.gov.sucheng.worksafety.platform.security.Scopes;
import cn.gov.sucheng.worksafety.platform.web.RequestIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the gateway adds to the merged document, since it is what the gateway enforces: the security schemes (OAuth2
 * client credentials, and the bearer JWT it yields) with the suite's scopes, on every operation the scope it needs
 * ({@link ScopeRules}; none for what is published), and the problem+json answers with their stable types and an
 * example each, wherever an operation does not document that status itself; a {@code default} problem for the rest
 * (413, 414, 431, 500, 502, 504). Also what the platform does for every service: the {@code Location} of what a
 * 201 created, and the {@code Idempotency-Key} every POST honours.
 */
final class SecuredProblemContract {

    static final String OAUTH2 = "oauth2";
    static final String BEARER = "bearerJwt";
    private static final String PROBLEM = "Problem";

    private record Answer(String description, URI type, String title, String detail) {
    }

    private static final Map<String, Answer> ANSWERS = answers();

    private SecuredProblemContract() {
    }

    private static Map<String, Answer> answers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("400", new Answer("Invalid input: the fields at fault are named", ProblemTypes.VALIDATION,
                "Validation failed", "Invalid field(s): creditCode"));
        answers.put("401", new Answer("No valid access token", ProblemTypes.UNAUTHENTICATED, "Unauthorized",
                "A valid access token is required (Authorization: Bearer ...): Jwt expired at 2026-12-01T08:00:00Z"));
        answers.put("403", new Answer("The token lacks the scope this operation needs", ProblemTypes.FORBIDDEN,
                "Forbidden", "POST here needs the scope hazard:write, which the access token does not hold."));
        answers.put("404", new Answer("No such record (or not in the caller's town)", ProblemTypes.NOT_FOUND,
                "Not Found", "No hazard 0b7c6f1e-2d4a-4c1b-9f5e-3a2b1c0d9e8f"));
        answers.put("409", new Answer("Not allowed in the record's current state, or already exists",
                ProblemTypes.CONFLICT, "Conflict", "The hazard is CLOSED; allowed actions: none"));
        answers.put("412", new Answer("If-Match names an outdated version", ProblemTypes.PRECONDITION_FAILED,
                "Precondition Failed", "The hazard is at version 3, not 2"));
        answers.put("415", new Answer("The body is not JSON (Content-Type application/json)",
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                "Content-Type 'text/plain;charset=UTF-8' is not supported."));
        answers.put("422", new Answer("Well-formed, but against a domain rule", ProblemTypes.UNPROCESSABLE,
                "Unprocessable Content", "A major hazard needs a rectification plan before it is confirmed"));
        answers.put("429", new Answer("Over the client's rate limit; Retry-After says when to call again",
                ProblemTypes.RATE_LIMITED, "Too Many Requests", "Rate limit of client town-gate exceeded"));
        answers.put("503", new Answer("The service (or one it depends on) is unavailable; call again later",
                ProblemTypes.SERVICE_UNAVAILABLE, "Service Unavailable", "hazard-service is unavailable"));
        return answers;
    }

    static ObjectNode apply(ObjectNode merged, String tokenUrl) {
        ObjectNode components = merged.withObjectProperty("components");
        securitySchemes(components.withObjectProperty("securitySchemes"), tokenUrl);
        problemSchema(components.withObjectProperty("schemas"));
        ObjectNode responses = components.withObjectProperty("responses");
        ANSWERS.forEach((status, answer) -> responses.set("Problem" + status, response(merged, status, answer)));
        responses.set("ProblemDefault", response(merged, "502", new Answer("Any other error, as problem+json: 413, "
                + "414, 431, 500, 502, 504", ProblemTypes.BAD_GATEWAY, "Bad Gateway",
                "hazard-service failed to answer this request; try again later.")));
        ArrayNode anyToken = merged.putArray("security");
        anyToken.addObject().putArray(OAUTH2);
        anyToken.addObject().putArray(BEARER);

        for (Map.Entry<String, JsonNode> path : merged.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (operation.getValue() instanceof ObjectNode op && isMethod(operation.getKey())) {
                    secure(path.getKey(), operation.getKey().toUpperCase(java.util.Locale.ROOT), op);
                }
            }
        }
        return merged;
    }

    private static boolean isMethod(String key) {
        return switch (key) {
            case "get", "put", "post", "delete", "patch", "head", "options" -> true;
            default -> false;
        };
    }

    private static void secure(String path, String method, ObjectNode operation) {
        boolean published = (method.equals("GET") || method.equals("HEAD"))
                && ScopeRules.PUBLISHED.stream().anyMatch(p -> path.equals(p.replace("/**", ""))
                        || path.startsWith(p.replace("/**", "/")));
        String concrete = path.replaceAll("\\{[^}]+}", "x");
        String scope = ScopeRules.requiredScope(method, concrete);
        if (scope == null && concrete.startsWith("/api/v1/sync/")) {
            scope = Scopes.SYNC;
        }
        // Published reads: no token (an empty list overrides the document's default). Others: the scope, or just a
        // valid token where the table names none.
        ArrayNode security = operation.putArray("security");
        if (!published) {
            ArrayNode oauth2 = security.addObject().putArray(OAUTH2);
            ArrayNode bearer = security.addObject().putArray(BEARER);
            if (scope != null) {
                oauth2.add(scope);
                bearer.add(scope);
            }
        }
        ObjectNode responses = operation.withObjectProperty("responses");
        boolean write = !(method.equals("GET") || method.equals("HEAD"));
        boolean hasInput = operation.has("requestBody") || operation.path("parameters").size() > 0;
        boolean oneRecord = path.contains("{");
        addResponse(responses, "400", hasInput);
        addResponse(responses, "401", !published);
        addResponse(responses, "403", !published);
        addResponse(responses, "404", oneRecord);
        addResponse(responses, "409", write);
        addResponse(responses, "412", write && oneRecord);
        addResponse(responses, "415", operation.has("requestBody"));
        addResponse(responses, "422", write);
        addResponse(responses, "429", true);
        addResponse(responses, "503", true);
        addResponse(responses, "default", true);
        if (responses.get("201") instanceof ObjectNode created && !created.path("headers").has("Location")) {
            created.withObjectProperty("headers").putObject("Location")
                    .put("description", "The address of the record created")
                    .putObject("schema").put("type", "string").put("format", "uri-reference");
        }
        if (method.equals("POST")) {
            idempotencyKey(operation);
        }
    }

    private static void idempotencyKey(ObjectNode operation) {
        ArrayNode parameters = operation.withArrayProperty("parameters");
        for (JsonNode parameter : parameters) {
            if (IdempotencyKey.HEADER.equalsIgnoreCase(parameter.path("name").asString())) {
                return;
            }
        }
        ObjectNode key = parameters.addObject();
        key.put("name", IdempotencyKey.HEADER);
        key.put("in", "header");
        key.put("required", false);
        key.put("description", "Makes a retry safe: the same key with the same request answers the first answer again "
                + "(Idempotent-Replayed: true) and writes nothing; with another request it answers 422, while the first "
                + "is still running 409. Keys are kept per client, for a day by default.");
        key.putObject("schema").put("type", "string").put("minLength", 1).put("maxLength", IdempotencyKey.MAX_LENGTH);
        key.put("example", "8e03978e-40d5-43e8-bc93-6894a57f9324");
    }

    private static void addResponse(ObjectNode responses, String status, boolean applies) {
        if (applies && !responses.has(status)) {
            String name = status.equals("default") ? "ProblemDefault" : "Problem" + status;
            responses.putObject(status).put("$ref", "#/components/responses/" + name);
        }
    }

    private static void securitySchemes(ObjectNode schemes, String tokenUrl) {
        ObjectNode oauth2 = schemes.putObject(OAUTH2);
        oauth2.put("type", "oauth2");
        oauth2.put("description", "Each calling system has its own client credentials; the token it gets is a JWT "
                + "holding the scopes granted to it (a town-level client's also names its town).");
        ObjectNode flow = oauth2.putObject("flows").putObject("clientCredentials");
        flow.put("tokenUrl", tokenUrl);
        ObjectNode scopes = flow.putObject("scopes");
        Scopes.DOMAINS.forEach(domain -> {
            scopes.put(Scopes.read(domain), "Read the " + domain + " records (GET, HEAD)");
            scopes.put(Scopes.write(domain), "Change the " + domain + " records (POST, PUT, PATCH, DELETE)");
        });
        scopes.put(Scopes.SYNC, "The provincial system's synchronisation");
        scopes.put(Scopes.ADMIN, "Operations: instances, health, configuration, metrics");
        ObjectNode bearer = schemes.putObject(BEARER);
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        bearer.put("bearerFormat", "JWT");
        bearer.put("description", "The access token of the client credentials flow, as Authorization: Bearer <JWT>.");
    }

    private static void problemSchema(ObjectNode schemas) {
        ObjectNode problem = schemas.putObject(PROBLEM);
        problem.put("type", "object");
        problem.put("description", "RFC 9457 problem details, as every error of the suite is answered");
        problem.putArray("required").add("type").add("title").add("status");
        ObjectNode properties = problem.putObject("properties");
        properties.putObject("type").put("type", "string").put("format", "uri")
                .put("description", "Stable: clients switch on it");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer").put("format", "int32");
        properties.putObject("detail").put("type", "string");
        properties.putObject("instance").put("type", "string").put("format", "uri-reference");
        properties.putObject(RequestIds.PROBLEM_MEMBER).put("type", "string")
                .put("description", "The X-Request-Id of the call, to find it in the logs");
        ObjectNode error = properties.putObject("errors").put("type", "array")
                .put("description", "The fields at fault (400)").putObject("items");
        error.put("type", "object");
        error.putArray("required").add("field").add("message");
        ObjectNode errorProperties = error.putObject("properties");
        errorProperties.putObject("field").put("type", "string")
                .put("description", "The field, query parameter or header at fault, as the request named it");
        errorProperties.putObject("message").put("type", "string").put("description", "What is wrong with it");
    }

    private static ObjectNode response(ObjectNode merged, String status, Answer answer) {
        ObjectNode response = merged.objectNode();
        response.put("description", answer.description());
        if (status.equals("429") || status.equals("503")) {
            response.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait")
                    .putObject("schema").put("type", "integer");
        }
        ObjectNode media = response.putObject("content").putObject("application/problem+json");
        media.putObject("schema").put("$ref", "#/components/schemas/" + PROBLEM);
        ObjectNode example = media.putObject("example");
        example.put("type", answer.type().toString());
        example.put("title", answer.title());
        example.put("status", Integer.parseInt(status));
        example.put("detail", answer.detail());
        example.put("instance", "/api/v1/hazards");
        example.put(RequestIds.PROBLEM_MEMBER, "5f0c2a9e-8b1d-4e7a-9c3f-2d6b1a0e4f7c");
        if (status.equals("400")) {
            example.putArray("errors").addObject().put("field", "creditCode")
                    .put("message", "is not a valid unified social credit code");
        }
        return response;
    }
}
