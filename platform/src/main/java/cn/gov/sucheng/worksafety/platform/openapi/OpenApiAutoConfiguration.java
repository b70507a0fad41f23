package cn.gov.sucheng.worksafety.platform.openapi;

import io.swagger.v3.core.converter.ModelConverter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/** What every service adds to the OpenAPI document springdoc generates for it. */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(OpenApiCustomizer.class)
public class OpenApiAutoConfiguration {

    @Bean
    OpenApiCustomizer nullableEnums() {
        return NullableEnums::admitNull;
    }

    @Bean
    OpenApiCustomizer pagingParameters() {
        return PagingParameters::describe;
    }

    @Bean
    OpenApiCustomizer ifMatchParameters() {
        return IfMatchParameters::describe;
    }

    @Bean
    OperationCustomizer versionETagHeaders() {
        return new VersionETagHeaders();
    }

    @Bean
    ModelConverter nullMarkedRecords() {
        return new NullMarkedRecords();
    }
}
