package cn.gov.sucheng.worksafety.enforcement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditOutcomeServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.ListEligibleOfficersRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.ListEligibleOfficersResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.Officer;
import cn.gov.sucheng.worksafety.training.grpc.v1.OfficerServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.CreateHazardFromFindingRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.CreateHazardFromFindingResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.stub.StreamObserver;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real gRPC servers on a free port that implement the siblings' contracts (enterprise registry, hazard-service,
 * credit outcomes) as the proto files describe them, so the service's clients run over the wire. One instance
 * serves every test class of a JVM.
 */
public final class FakeSiblings {

    public static final FakeSiblings INSTANCE = new FakeSiblings();

    /** Enterprises the fake registry knows. */
    public final Map<String, Enterprise> enterprises = new ConcurrentHashMap<>();
    /** Hazards registered, by finding id; replays answer the first hazard. */
    public final Map<String, String> hazardsByFinding = new ConcurrentHashMap<>();
    /** Every CreateHazardFromFinding call received, replays included. */
    public final List<CreateHazardFromFindingRequest> findingCalls = new CopyOnWriteArrayList<>();
    /** Credit outcomes recorded, by outcome id. */
    public final Map<String, RecordCreditOutcomeRequest> outcomes = new ConcurrentHashMap<>();
    /** The officers training-service lists as eligible. */
    public final List<Officer> officers = new CopyOnWriteArrayList<>();
    /** While false, enterprise-service answers UNAVAILABLE as a stopped one would. */
    public final AtomicBoolean registryUp = new AtomicBoolean(true);
    /** Every GetEnterprise call received. */
    public final AtomicInteger registryCalls = new AtomicInteger();
    /** While false, hazard-service answers UNAVAILABLE as a stopped one would. */
    public final AtomicBoolean hazardUp = new AtomicBoolean(true);

    private final Server server;

    private FakeSiblings() {
        try {
            server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                    .addService(new Registry())
                    .addService(new Hazards())
                    .addService(new Credit())
                    .addService(new Officers())
                    .build().start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** Points every sibling channel of the application under test at these servers. */
    public static void register(DynamicPropertyRegistry registry) {
        for (String channel : List.of("enterprise", "hazard", "training")) {
            registry.add("spring.grpc.client.channels." + channel + ".address",
                    () -> "127.0.0.1:" + INSTANCE.port());
        }
    }

    /** Registers an enterprise with the fake registry and answers its id. */
    public UUID enterprise(String name, String town, IndustryArea area) {
        UUID id = UUID.randomUUID();
        enterprises.put(id.toString(), Enterprise.newBuilder().setId(id.toString()).setName(name).setTown(town)
                .setIndustryArea(area).setCreditCode("91321302MA1XXXXXXX").build());
        return id;
    }

    private final class Registry extends EnterpriseServiceGrpc.EnterpriseServiceImplBase {
        @Override
        public void getEnterprise(GetEnterpriseRequest request, StreamObserver<GetEnterpriseResponse> response) {
            registryCalls.incrementAndGet();
            if (!registryUp.get()) {
                response.onError(Status.UNAVAILABLE.withDescription("registry stopped").asRuntimeException());
                return;
            }
            Enterprise e = enterprises.get(request.getId());
            if (e == null) {
                response.onError(Status.NOT_FOUND.withDescription("no enterprise " + request.getId()).asRuntimeException());
                return;
            }
            response.onNext(GetEnterpriseResponse.newBuilder().setEnterprise(e).build());
            response.onCompleted();
        }

        /** The pool of one town in id order, two per page so that the caller's paging is exercised. */
        @Override
        public void listDrawPool(ListDrawPoolRequest request, StreamObserver<ListDrawPoolResponse> response) {
            List<Enterprise> pool = enterprises.values().stream().filter(e -> e.getTown().equals(request.getTown()))
                    .sorted(java.util.Comparator.comparing(Enterprise::getId)).toList();
            int from = request.getPageToken().isEmpty() ? 0 : Integer.parseInt(request.getPageToken());
            int to = Math.min(pool.size(), from + 2);
            response.onNext(ListDrawPoolResponse.newBuilder().addAllEnterprises(pool.subList(from, to))
                    .setNextPageToken(to < pool.size() ? Integer.toString(to) : "").setTotalSize(pool.size()).build());
            response.onCompleted();
        }
    }

    private final class Officers extends OfficerServiceGrpc.OfficerServiceImplBase {
        @Override
        public void listEligibleOfficers(ListEligibleOfficersRequest request,
                StreamObserver<ListEligibleOfficersResponse> response) {
            response.onNext(ListEligibleOfficersResponse.newBuilder().addAllOfficers(officers)
                    .setAsOf(request.getAsOf()).build());
            response.onCompleted();
        }
    }

    private final class Hazards extends HazardServiceGrpc.HazardServiceImplBase {
        @Override
        public void createHazardFromFinding(CreateHazardFromFindingRequest request,
                StreamObserver<CreateHazardFromFindingResponse> response) {
            if (!hazardUp.get()) {
                response.onError(Status.UNAVAILABLE.withDescription("hazard-service is down").asRuntimeException());
                return;
            }
            findingCalls.add(request);
            if (!enterprises.containsKey(request.getEnterpriseId())) {
                response.onError(Status.FAILED_PRECONDITION.withDescription("unknown enterprise").asRuntimeException());
                return;
            }
            boolean[] replayed = { true };
            String hazardId = hazardsByFinding.computeIfAbsent(request.getFindingId(), k -> {
                replayed[0] = false;
                return UUID.randomUUID().toString();
            });
            response.onNext(CreateHazardFromFindingResponse.newBuilder().setHazardId(hazardId)
                    .setReplayed(replayed[0]).setStatus("REPORTED").build());
            response.onCompleted();
        }
    }

    private final class Credit extends CreditOutcomeServiceGrpc.CreditOutcomeServiceImplBase {
        @Override
        public void recordCreditOutcome(RecordCreditOutcomeRequest request,
                StreamObserver<RecordCreditOutcomeResponse> response) {
            RecordCreditOutcomeRequest first = outcomes.putIfAbsent(request.getOutcomeId(), request);
            response.onNext(RecordCreditOutcomeResponse.newBuilder().setReplayed(first != null).build());
            response.onCompleted();
        }
    }
}
