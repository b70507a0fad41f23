package cn.gov.sucheng.worksafety.gateway.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.gov.sucheng.worksafety.gateway.problem.Problems;
import cn.gov.sucheng.worksafety.gateway.routing.OriginalPathFilter;
import cn.gov.sucheng.worksafety.platform.problem.InvalidField;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * What the gateway refuses before routing, and how. Spring Security's strict firewall refuses encoded slashes,
 * backslashes, percent signs, semicolons, NUL, {@code ..} and {@code //} in a path, and control characters in
 * headers; to that the gateway adds a path whose percent-encoded bytes are no UTF-8, which every service would
 * refuse anyway, without saying which part was wrong. Either is answered 400 problem+json naming what was refused,
 * where Spring Security's default answers a bare 400 with no body.
 */
@Configuration(proxyBeanMethods = false)
public class RequestFirewall {

    static final String NOT_UTF8 = "the path is not valid UTF-8 once percent-decoded";

    @Bean
    ServerWebExchangeFirewall strictUtf8Firewall() {
        StrictServerWebExchangeFirewall strict = new StrictServerWebExchangeFirewall();
        return exchange -> isUtf8(exchange.getRequest().getURI().getRawPath())
                ? strict.getFirewalledExchange(exchange)
                : Mono.error(new ServerExchangeRejectedException(NOT_UTF8));
    }

    @Bean
    ServerExchangeRejectedHandler problemForRefusedRequests(JsonMapper json) {
        return (exchange, refused) -> {
            // The firewall's message quotes only what it refused, never a header's value.
            boolean path = refused.getMessage() != null
                    && (refused.getMessage().contains("URL") || refused.getMessage().equals(NOT_UTF8));
            String message = path ? pathMessage(refused.getMessage())
                    : "holds a method, header name or header value the gateway does not accept (control characters?)";
            String field = path ? "path" : "request";
            Map<String, Object> problem = Problems.body(exchange, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                    "Validation failed", "The request was refused before routing: " + field + " " + message + ".",
                    OriginalPathFilter.of(exchange));
            problem.put("errors", List.of(new InvalidField(field, message)));
            return GatewaySecurity.write(exchange, HttpStatus.BAD_REQUEST, problem, json);
        };
    }

    private static String pathMessage(String firewall) {
        if (firewall.equals(NOT_UTF8)) {
            return "is not valid UTF-8 once percent-decoded";
        }
        return "holds an encoded or special sequence the gateway does not pass on "
                + "(%2F, %5C, %25, %3B, %00, '..', '//' or a control character)";
    }

    private static boolean isUtf8(String rawPath) {
        if (rawPath == null || rawPath.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(rawPath.length() * 3);
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length() && Character.digit(rawPath.charAt(i + 1), 16) >= 0
                    && Character.digit(rawPath.charAt(i + 2), 16) >= 0) {
                bytes.put((byte) Integer.parseInt(rawPath, i + 1, i + 3, 16));
                i += 2;
            }
            else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        }
        catch (CharacterCodingException ex) {
            return false;
        }
    }
}
