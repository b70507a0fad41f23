package cn.gov.sucheng.worksafety.platform.security;

import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * gRPC between services stays internal (network policies): spring-grpc's own security auto-configuration, which
 * switches on with Spring Security on the classpath and refuses every call without credentials, is left out.
 * A filter rather than {@code spring.autoconfigure.exclude}, which a service's own exclusions would replace.
 */
public final class InternalGrpcFilter implements AutoConfigurationImportFilter {

    private static final Set<String> LEFT_OUT = Set.of(
            "org.springframework.boot.grpc.server.autoconfigure.security.GrpcSecurityAutoConfiguration",
            "org.springframework.boot.grpc.server.autoconfigure.security.OAuth2ResourceServerAutoConfiguration");

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            // Entries an earlier filter removed are null.
            matches[i] = autoConfigurationClasses[i] == null || !LEFT_OUT.contains(autoConfigurationClasses[i]);
        }
        return matches;
    }
}
