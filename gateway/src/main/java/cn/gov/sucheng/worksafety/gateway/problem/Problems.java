package cn.gov.sucheng.worksafety.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatusCode;

/**
 * The problem+json bodies the gateway answers itself. Plain maps rather than {@code ProblemDetail}, so
 * the same body is written by a controller and by the error handler without depending on which JSON
 * codec (Jackson 2 comes with springdoc, Jackson 3 with Boot) picks it up.
 */
public final class Problems {

    private Problems() {
    }

    public static Map<String, Object> body(HttpStatusCode status, URI type, String title, String detail,
            String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
    }
}
