package cn.gov.sucheng.worksafety.bench.reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Cloud Gateway with Spring Boot's defaults and one static route to enterprise-service
 * ({@code application.yml}), so that bench scenario a can show, in the same run and on the same machine, what the
 * framework itself costs per routed request, with and without Spring Security's resource server.
 */
@SpringBootApplication
public class ReferenceGateway {

    public static void main(String[] args) {
        SpringApplication.run(ReferenceGateway.class, args);
    }
}
