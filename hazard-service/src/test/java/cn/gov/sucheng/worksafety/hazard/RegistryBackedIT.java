package cn.gov.sucheng.worksafety.hazard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.BatchGetEnterprisesRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.BatchGetEnterprisesResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.hazard.enterprise.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestDiscoveryClient;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.awaitility.Awaitility.await;

/**
 * The base of hazard-service's integration tests: a real PostgreSQL (WS_PG_PORT) and an enterprise registry that
 * answers over gRPC on a real port, found through discovery as in production. Each test registers the enterprises
 * it uses, with a town of its own where it lists or counts, since the database is shared with other tests and with
 * demo data. The scheduled escalation is off: tests run the job themselves.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0",
        "worksafety.grpc.discovery-refresh=200ms", "worksafety.hazard.escalation.enabled=false" })
@Import(RegistryBackedIT.Discovery.class)
public abstract class RegistryBackedIT {

    protected static final Registry REGISTRY = new Registry();
    private static final Server REGISTRY_SERVER = start();

    @TestConfiguration(proxyBeanMethods = false)
    static class Discovery {

        @Bean
        TestDiscoveryClient testDiscoveryClient() {
            return new TestDiscoveryClient();
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    TestDiscoveryClient discovery;

    @Autowired
    EnterpriseDirectory directory;

    protected JsonHttp http;

    @BeforeEach
    void reachRegistry() {
        http = new JsonHttp("http://127.0.0.1:" + port, java.time.Duration.ofSeconds(60));
        discovery.register("enterprise-service", REGISTRY_SERVER.getPort());
        UUID probe = enterprise("探测企业", "探测镇", IndustryArea.INDUSTRY_AREA_OTHER);
        // Failures are ignored meanwhile: the resolver finds the registry on its next refresh.
        await("the registry double is reachable").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).ignoreExceptionsInstanceOf(RuntimeException.class)
                .until(() -> directory.find(probe).isPresent());
    }

    /** Registers a new enterprise in the double and answers its id. */
    protected static UUID enterprise(String name, String town, IndustryArea area) {
        UUID id = UUID.randomUUID();
        REGISTRY.known.put(id.toString(), Enterprise.newBuilder().setId(id.toString()).setCreditCode("91321302MA1XYK004T")
                .setName(name).setTown(town).setIndustryArea(area).setSupervisingDepartment("区应急管理局").build());
        return id;
    }

    /** A town no other test and no demo data uses. */
    protected static String uniqueTown() {
        return "测试镇-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected Answer post(String path, Object body) {
        return http.post(path, JsonHttp.json(body));
    }

    protected Answer postIfMatch(String path, String etag, Object body) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString(JsonHttp.json(body))));
    }

    protected Answer put(String path, Object body) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JsonHttp.json(body))));
    }

    private static Server start() {
        try {
            return ServerBuilder.forPort(0).addService(REGISTRY).build().start();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The registry's gRPC contract over the enterprises tests registered; any other id is unknown. */
    protected static class Registry extends EnterpriseServiceGrpc.EnterpriseServiceImplBase {

        final Map<String, Enterprise> known = new ConcurrentHashMap<>();

        @Override
        public void getEnterprise(GetEnterpriseRequest request, StreamObserver<GetEnterpriseResponse> response) {
            Enterprise e = known.get(request.getId());
            if (e == null) {
                response.onError(Status.NOT_FOUND.withDescription("no such enterprise").asRuntimeException());
                return;
            }
            response.onNext(GetEnterpriseResponse.newBuilder().setEnterprise(e).build());
            response.onCompleted();
        }

        @Override
        public void batchGetEnterprises(BatchGetEnterprisesRequest request,
                StreamObserver<BatchGetEnterprisesResponse> response) {
            var answer = BatchGetEnterprisesResponse.newBuilder();
            for (String id : request.getIdsList()) {
                Enterprise e = known.get(id);
                if (e == null) {
                    answer.addMissingIds(id);
                }
                else {
                    answer.addEnterprises(e);
                }
            }
            response.onNext(answer.build());
            response.onCompleted();
        }
    }
}
