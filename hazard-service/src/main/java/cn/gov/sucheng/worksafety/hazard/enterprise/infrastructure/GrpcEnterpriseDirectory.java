package cn.gov.sucheng.worksafety.hazard.enterprise.infrastructure;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc.EnterpriseServiceBlockingStub;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.BatchGetEnterprisesRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.hazard.enterprise.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks enterprise-service over gRPC, under the channel's deadline and behind a circuit breaker, so a
 * registry that is down or slow answers a fast 503 instead of holding the caller. NOT_FOUND is the registry's
 * answer "no such enterprise"; every other failure means the registry could not answer, which is a
 * {@link DependencyUnavailableException}, never taken for "unknown".
 */
@Component
class GrpcEnterpriseDirectory implements EnterpriseDirectory {

    static final String BREAKER = "enterprise-service";

    private final EnterpriseServiceBlockingStub stub;
    private final CircuitBreaker breaker;

    GrpcEnterpriseDirectory(EnterpriseServiceBlockingStub stub, CircuitBreakerFactory<?, ?> breakers) {
        this.stub = stub;
        this.breaker = breakers.create(BREAKER);
    }

    @Override
    public Optional<EnterpriseFacts> find(UUID enterpriseId) {
        return breaker.run(() -> lookUp(enterpriseId), GrpcEnterpriseDirectory::unavailable);
    }

    @Override
    public Map<UUID, EnterpriseFacts> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return breaker.run(() -> stub.batchGetEnterprises(BatchGetEnterprisesRequest.newBuilder()
                        .addAllIds(ids.stream().map(UUID::toString).toList()).build())
                .getEnterprisesList().stream().map(GrpcEnterpriseDirectory::facts)
                .collect(Collectors.toMap(EnterpriseFacts::id, Function.identity())), GrpcEnterpriseDirectory::unavailable);
    }

    private static EnterpriseFacts facts(Enterprise e) {
        return new EnterpriseFacts(UUID.fromString(e.getId()), e.getName(), e.getTown(), area(e.getIndustryArea()),
                e.getSupervisingDepartment());
    }

    private static String area(IndustryArea area) {
        return area == IndustryArea.INDUSTRY_AREA_UNSPECIFIED || area == IndustryArea.UNRECOGNIZED ? "OTHER"
                : area.name().substring("INDUSTRY_AREA_".length());
    }

    // NOT_FOUND is an answer, not a failure: it must not open the breaker.
    private Optional<EnterpriseFacts> lookUp(UUID id) {
        try {
            Enterprise e = stub.getEnterprise(GetEnterpriseRequest.newBuilder().setId(id.toString()).build())
                    .getEnterprise();
            return Optional.of(facts(e));
        }
        catch (StatusRuntimeException ex) {
            if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.empty();
            }
            throw ex;
        }
    }

    private static <T> T unavailable(Throwable thrown) {
        Throwable failure = thrown instanceof ExecutionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        String why;
        if (failure instanceof CallNotPermittedException) {
            why = "enterprise-service failed repeatedly; calls are paused for a while (circuit open)";
        }
        else if (failure instanceof StatusRuntimeException grpc) {
            why = switch (grpc.getStatus().getCode()) {
                case DEADLINE_EXCEEDED -> "enterprise-service did not answer in time";
                case UNAVAILABLE -> "enterprise-service is unavailable";
                default -> "enterprise-service failed: " + grpc.getStatus().getCode();
            };
        }
        else {
            why = "enterprise-service could not be asked: " + failure.getClass().getSimpleName();
        }
        throw new DependencyUnavailableException(why);
    }
}
