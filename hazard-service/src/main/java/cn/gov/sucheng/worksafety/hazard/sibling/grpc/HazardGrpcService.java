package cn.gov.sucheng.worksafety.hazard.sibling.grpc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.accident.application.AccidentRegister;
import cn.gov.sucheng.worksafety.hazard.accident.application.AccidentFigures;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardFigures;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardPage;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardQuery;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardRectification;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardRectification.FindingOutcome;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.StatisticsGrouping;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Finding;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSummary;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.CreateHazardFromFindingRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.CreateHazardFromFindingResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardStatisticsRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardStatisticsResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardItem;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardPeriodFigures;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.ListEnterpriseHazardsRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.ListEnterpriseHazardsResponse;
import cn.gov.sucheng.worksafety.hazard.supervision.application.SupervisionAdministration;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.Texts;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

/**
 * What hazard-service tells its siblings: findings of inspections become hazards (idempotent by finding id), and
 * an enterprise's hazards, supervisions and accidents in figures for its one-enterprise profile. Refusals are the
 * domain's exceptions, mapped to gRPC status codes once by the platform (invalid → INVALID_ARGUMENT naming the
 * field, unknown enterprise → FAILED_PRECONDITION, registry down → UNAVAILABLE).
 */
@Service
class HazardGrpcService extends HazardServiceGrpc.HazardServiceImplBase {

    private final HazardRectification hazards;
    private final SupervisionAdministration supervisions;
    private final AccidentRegister accidents;

    HazardGrpcService(HazardRectification hazards, SupervisionAdministration supervisions, AccidentRegister accidents) {
        this.hazards = hazards;
        this.supervisions = supervisions;
        this.accidents = accidents;
    }

    @Override
    public void getEnterpriseHazardSummary(GetEnterpriseHazardSummaryRequest request,
            StreamObserver<GetEnterpriseHazardSummaryResponse> response) {
        UUID enterpriseId = uuid("enterprise_id", request.getEnterpriseId());
        HazardSummary summary = hazards.summaryOf(enterpriseId);
        AccidentFigures accidentFigures = accidents.figuresOf(enterpriseId);
        response.onNext(GetEnterpriseHazardSummaryResponse.newBuilder()
                .setEnterpriseId(enterpriseId.toString())
                .setTotal(summary.total())
                .setOpen(summary.open())
                .setOpenMajor(summary.openMajor())
                .setClosed(summary.closed())
                .setLastReportedAt(summary.lastReportedAt() == null ? "" : summary.lastReportedAt().toString())
                .setOverdue(summary.overdue())
                .setMajorUnderSupervision(supervisions.underSupervision(enterpriseId))
                .setAccidents(accidentFigures.accidents())
                .setAccidentDeaths(accidentFigures.deaths())
                .build());
        response.onCompleted();
    }

    @Override
    public void createHazardFromFinding(CreateHazardFromFindingRequest request,
            StreamObserver<CreateHazardFromFindingResponse> response) {
        if (request.getDescription().isBlank()) {
            throw new InvalidException("description", "description is required");
        }
        if (request.getDescription().length() > 2000) {
            throw new InvalidException("description", "description must be at most 2000 characters");
        }
        if (request.getPlace().length() > 200) {
            throw new InvalidException("place", "place must be at most 200 characters");
        }
        var grade = switch (request.getGrade()) {
            case HAZARD_GRADE_GENERAL -> cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade.GENERAL;
            case HAZARD_GRADE_MAJOR -> cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade.MAJOR;
            default -> throw new InvalidException("grade", "grade must be HAZARD_GRADE_GENERAL or HAZARD_GRADE_MAJOR");
        };
        FindingOutcome outcome = hazards.createFromFinding(new Finding(uuid("finding_id", request.getFindingId()),
                uuid("inspection_id", request.getInspectionId()), uuid("enterprise_id", request.getEnterpriseId()),
                request.getDescription().trim(), Texts.given(request.getPlace()), grade,
                date("deadline", request.getDeadline()), time("found_at", request.getFoundAt()),
                request.getOfficerBadgesList().stream().filter(b -> !b.isBlank()).map(String::trim).toList()));
        response.onNext(CreateHazardFromFindingResponse.newBuilder().setHazardId(outcome.hazard().id().toString())
                .setReplayed(outcome.replayed()).setStatus(outcome.hazard().status().name()).build());
        response.onCompleted();
    }

    @Override
    public void listEnterpriseHazards(ListEnterpriseHazardsRequest request,
            StreamObserver<ListEnterpriseHazardsResponse> response) {
        UUID enterpriseId = uuid("enterprise_id", request.getEnterpriseId());
        PageRequest page;
        try {
            page = PageRequest.of(request.getPage(), request.getPageSize() == 0 ? null : request.getPageSize());
        }
        catch (InvalidException ex) {
            // The contract calls the page's size page_size, in the field and in the sentence.
            throw ex.field().equals("size")
                    ? new InvalidException("page_size", ex.getMessage().replaceFirst("^size ", "page_size "))
                    : ex;
        }
        HazardPage<Hazard> found = hazards.find(new HazardQuery(enterpriseId, null, null, null, null, null, null, null,
                null, null), page);
        response.onNext(ListEnterpriseHazardsResponse.newBuilder()
                .addAllHazards(found.items().stream().map(HazardGrpcService::item).toList())
                .setTotalSize(found.total()).build());
        response.onCompleted();
    }

    @Override
    public void getEnterpriseHazardStatistics(GetEnterpriseHazardStatisticsRequest request,
            StreamObserver<GetEnterpriseHazardStatisticsResponse> response) {
        UUID enterpriseId = uuid("enterprise_id", request.getEnterpriseId());
        if (request.getYear() < 2000 || request.getYear() > 2100) {
            throw new InvalidException("year", "year must be between 2000 and 2100");
        }
        var builder = GetEnterpriseHazardStatisticsResponse.newBuilder().setEnterpriseId(enterpriseId.toString())
                .setYear(request.getYear());
        for (Integer quarter : new Integer[] { 1, 2, 3, 4, null }) {
            List<HazardFigures> rows = hazards.statistics(StatisticsGrouping.ALL, request.getYear(), quarter,
                    enterpriseId);
            HazardFigures f = rows.isEmpty() ? new HazardFigures("ALL", "ALL", 0, 0, 0, 0) : rows.get(0);
            builder.addPeriods(HazardPeriodFigures.newBuilder().setQuarter(quarter == null ? 0 : quarter)
                    .setFound(f.found()).setFixed(f.fixed()).setOverdue(f.overdue()).setMajor(f.major())
                    .setFixRate(f.fixRate()));
        }
        response.onNext(builder.build());
        response.onCompleted();
    }

    private static HazardItem item(Hazard h) {
        return HazardItem.newBuilder().setId(h.id().toString()).setDescription(h.description())
                .setGrade(h.grade() == cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade.MAJOR
                        ? HazardGrade.HAZARD_GRADE_MAJOR : HazardGrade.HAZARD_GRADE_GENERAL)
                .setStatus(h.status().name()).setFoundAt(h.foundAt().toString())
                .setDeadline(h.deadline() == null ? "" : h.deadline().toString()).setOverdue(h.overdue()).build();
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidException(field, field + " is not a UUID: '" + value + "'");
        }
    }

    private static LocalDate date(String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        }
        catch (DateTimeParseException ex) {
            throw new InvalidException(field, field + " is not an ISO-8601 date: '" + value + "'");
        }
    }

    private static OffsetDateTime time(String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        }
        catch (DateTimeParseException ex) {
            throw new InvalidException(field, field + " is not an ISO-8601 time with offset: '" + value + "'");
        }
    }
}
