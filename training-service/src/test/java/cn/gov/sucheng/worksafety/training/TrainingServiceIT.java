package cn.gov.sucheng.worksafety.training;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The setting of every integration test: the whole service on random ports against the real PostgreSQL of
 * WS_PG_PORT, asking the {@link EnterpriseRegistryDouble} for enterprises. One application context for all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0",
        // A cold first call on a busy machine (class loading, channel connect) may take longer than production's 2 s.
        "spring.grpc.client.channels.enterprise.default-deadline=30s" })
public abstract class TrainingServiceIT {

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry properties) {
        properties.add("spring.grpc.client.channels.enterprise.address",
                () -> "static://127.0.0.1:" + EnterpriseRegistryDouble.port());
    }
}
