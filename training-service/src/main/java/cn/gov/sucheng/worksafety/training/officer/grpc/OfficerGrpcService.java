package cn.gov.sucheng.worksafety.training.officer.grpc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.Texts;
import cn.gov.sucheng.worksafety.training.grpc.v1.CheckOfficerEligibilityRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.CheckOfficerEligibilityResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.ListEligibleOfficersRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.ListEligibleOfficersResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.OfficerServiceGrpc;
import cn.gov.sucheng.worksafety.training.officer.application.OfficerRoster;
import cn.gov.sucheng.worksafety.training.officer.model.Officer;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

/**
 * The officer pool of enforcement-service's random draw. The page token is the id of the last officer of a
 * page: the order is by id, so officers added or changed between pages neither repeat nor shift the rest.
 */
@Service
class OfficerGrpcService extends OfficerServiceGrpc.OfficerServiceImplBase {

    private final OfficerRoster roster;

    OfficerGrpcService(OfficerRoster roster) {
        this.roster = roster;
    }

    @Override
    public void listEligibleOfficers(ListEligibleOfficersRequest request,
            StreamObserver<ListEligibleOfficersResponse> response) {
        LocalDate day = day(request.getAsOf());
        UUID after = request.getPageToken().isEmpty() ? null : uuid(request.getPageToken(), "page_token");
        String department = Texts.given(request.getDepartment());
        List<Officer> page = roster.eligible(day, department, after, request.getPageSize());
        int asked = request.getPageSize() == 0 ? OfficerRoster.DEFAULT_POOL_PAGE : request.getPageSize();
        ListEligibleOfficersResponse.Builder answer = ListEligibleOfficersResponse.newBuilder().setAsOf(day.toString());
        page.forEach(o -> answer.addOfficers(message(o)));
        if (page.size() == asked) {
            answer.setNextPageToken(page.get(page.size() - 1).id().toString());
        }
        response.onNext(answer.build());
        response.onCompleted();
    }

    @Override
    public void checkOfficerEligibility(CheckOfficerEligibilityRequest request,
            StreamObserver<CheckOfficerEligibilityResponse> response) {
        if (request.getBadgeNumber().isBlank()) {
            throw new InvalidException("badge_number", "badge_number is required");
        }
        LocalDate day = day(request.getAsOf());
        Officer officer = roster.byBadge(request.getBadgeNumber().trim());
        List<String> reasons = officer.ineligibilityOn(day);
        response.onNext(CheckOfficerEligibilityResponse.newBuilder().setOfficer(message(officer))
                .setEligible(reasons.isEmpty()).addAllReasons(reasons).build());
        response.onCompleted();
    }

    private LocalDate day(String asOf) {
        if (asOf.isEmpty()) {
            return roster.today();
        }
        try {
            return LocalDate.parse(asOf);
        }
        catch (DateTimeParseException ex) {
            throw new InvalidException("as_of", "as_of must be an ISO-8601 date, not " + asOf);
        }
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidException(field, field + " is malformed");
        }
    }

    static cn.gov.sucheng.worksafety.training.grpc.v1.Officer message(Officer o) {
        return cn.gov.sucheng.worksafety.training.grpc.v1.Officer.newBuilder()
                .setId(o.id().toString()).setName(o.name()).setBadgeNumber(o.badgeNumber())
                .setDepartment(o.department()).setCredentialValidUntil(o.credentialValidUntil().toString())
                .setSafetyBackground(o.safetyBackground())
                .addAllTiedEnterpriseIds(o.tiedEnterpriseIds().stream().map(UUID::toString).sorted().toList())
                .build();
    }
}
