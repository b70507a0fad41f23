package cn.gov.sucheng.worksafety.platform.web;

import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * JSON is UTF-8 (RFC 8259). Spring's converter would decode a body in whatever charset its Content-Type names, so
 * {@code application/json; charset=ISO-8859-1} with UTF-8 bytes stored 宿城区 as mojibake; such a body is refused
 * (415, {@link ProblemHandler}) before it is read. No charset, or UTF-8 in any spelling, reads as before; other media
 * types are not this rule's business.
 */
@ControllerAdvice
public class JsonBodyCharset extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        MediaType type = message.getHeaders().getContentType();
        String declared = type == null ? null : type.getParameter("charset");
        boolean json = type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || "json".equals(type.getSubtypeSuffix()));
        if (json && declared != null && !isUtf8(declared)) {
            throw new NotUtf8Exception("A JSON body is UTF-8 (RFC 8259); Content-Type declares charset=" + declared
                    + ". Send the UTF-8 bytes with 'application/json' or 'application/json; charset=utf-8'.");
        }
        return message;
    }

    private static boolean isUtf8(String name) {
        String unquoted = name.replace("\"", "").trim();
        try {
            return Charset.forName(unquoted).equals(StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    /** A body whose declared charset is not UTF-8. */
    public static final class NotUtf8Exception extends RuntimeException {

        NotUtf8Exception(String message) {
            super(message);
        }
    }
}
