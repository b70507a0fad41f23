package cn.gov.sucheng.worksafety.enforcement;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The service on a random port against the real PostgreSQL and Elasticsearch of the test run (WS_PG_PORT,
 * WS_ES_PORT), with quick outbox retries so that outage tests see the catch-up soon. Test classes also call
 * {@link FakeSiblings#register} from a {@code @DynamicPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0",
        // Deadlines are not what these tests check: a cold channel on a busy machine must not fail them.
        "spring.grpc.client.channels.enterprise.default-deadline=60s",
        "worksafety.outbox.poll-interval=100ms", "worksafety.outbox.initial-backoff=100ms",
        "worksafety.outbox.max-backoff=1s" })
public @interface ServiceIT {
}
