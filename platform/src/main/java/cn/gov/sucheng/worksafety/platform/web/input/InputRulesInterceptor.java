package cn.gov.sucheng.worksafety.platform.web.input;

import java.util.Map;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies {@link InputRules#checkText} to every query (and form) parameter before a handler runs, so that
 * {@code ?town=%00} is a 400 naming {@code town} rather than a silent empty list or a database error.
 */
public class InputRulesInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value);
            }
        }
        return true;
    }

    private static void check(String name, String text) {
        try {
            InputRules.checkText(text);
        }
        catch (InputRules.RefusedInput ex) {
            String field = name.replace("\0", "\\u0000");
            throw new InvalidException(field, field + " " + ex.getMessage());
        }
    }
}
