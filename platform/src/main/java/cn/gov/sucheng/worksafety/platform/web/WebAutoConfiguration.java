package cn.gov.sucheng.worksafety.platform.web;

import java.time.LocalDate;
import java.util.Locale;

import cn.gov.sucheng.worksafety.platform.web.input.InputRules;
import cn.gov.sucheng.worksafety.platform.web.input.InputRulesDateFormatterFactory;
import cn.gov.sucheng.worksafety.platform.web.input.InputRulesInterceptor;
import cn.gov.sucheng.worksafety.platform.web.input.InputRulesModule;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** problem+json answers, request ids and the input rules for every servlet service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@Import({ ProblemHandler.class, JsonBodyCharset.class })
public class WebAutoConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Outside Spring Security's filters, whose response wrapper passes their flushes on. */
    @Bean
    FilterRegistrationBean<ContentLengthFilter> contentLengthFilter() {
        FilterRegistrationBean<ContentLengthFilter> registration =
                new FilterRegistrationBean<>(new ContentLengthFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Boot registers every Jackson module bean with the application's JSON mapper. */
    @Bean
    InputRulesModule inputRulesModule() {
        return new InputRulesModule();
    }

    /**
     * A JSON value of the wrong kind is refused (400 naming the field), never converted: 2.5 is not an integer and
     * is not cut to 2, "12" is not a number, 1 is not true, 7 is neither a string nor the eighth constant of an
     * enum. Jackson's defaults convert all of these, so a client would not learn that it sends what the published
     * schema does not allow.
     */
    @Bean
    JsonMapperBuilderCustomizer strictScalars() {
        return builder -> builder
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new InputRulesInterceptor());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new InputRulesDateFormatterFactory());
        // Query parameters are ISO-8601 throughout the suite, with or without @DateTimeFormat.
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return InputRules.checkTemporal(LocalDate.parse(text));
            }

            @Override
            public String print(LocalDate day, Locale locale) {
                return day.toString();
            }
        });
    }
}
