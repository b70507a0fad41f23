package cn.gov.sucheng.worksafety.platform.grpc;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;
import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException.Violation;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.protobuf.StatusProto;
import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.UncategorizedDataAccessException;

import static org.assertj.core.api.Assertions.assertThat;

class DomainGrpcExceptionHandlerTest {

    final DomainGrpcExceptionHandler handler = new DomainGrpcExceptionHandler();

    Status statusOf(Throwable thrown) {
        return handler.handleException(thrown).getStatus();
    }

    @Test
    void mapsEachDomainMeaningToItsCodeAndKeepsTheDetail() {
        UUID id = UUID.randomUUID();
        assertThat(statusOf(new NotFoundException("enterprise", id)).getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(statusOf(new NotFoundException("enterprise", id)).getDescription())
                .isEqualTo("enterprise " + id + " does not exist");
        assertThat(statusOf(new AlreadyExistsException("credit code taken")).getCode())
                .isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(statusOf(new ConflictException("licence is revoked")).getCode())
                .isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(statusOf(new StaleVersionException("enterprise", id, 2, 3)).getCode())
                .isEqualTo(Status.Code.ABORTED);
        assertThat(statusOf(new UnprocessableException("enterprise " + id + " does not exist")).getCode())
                .isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(statusOf(new DependencyUnavailableException("enterprise-service is unavailable")))
                .satisfies(s -> {
                    assertThat(s.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
                    assertThat(s.getDescription()).isEqualTo("enterprise-service is unavailable");
                });
    }

    @Test
    void namesTheInvalidFieldsByTheirProtoNames() throws Exception {
        StatusException answer = handler.handleException(new InvalidException(List.of(
                new Violation("endDate", "must be after the start date 2025-01-01"),
                new Violation("override.reason", "override.reason is required: why the code is accepted"))));

        assertThat(answer.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(answer.getStatus().getDescription()).isEqualTo("end_date must be after the start date 2025-01-01; "
                + "override.reason is required: why the code is accepted");
        BadRequest details = StatusProto.fromThrowable(answer).getDetails(0).unpack(BadRequest.class);
        assertThat(details.getFieldViolationsList()).extracting(BadRequest.FieldViolation::getField)
                .containsExactly("end_date", "override.reason");
    }

    @Test
    void carriesTheFactsOfARefusal() throws Exception {
        StatusException answer = handler.handleException(
                new ConflictException("licence L-7 is REVOKED", "REVOKED", List.of("renew")));

        ErrorInfo info = StatusProto.fromThrowable(answer).getDetails(0).unpack(ErrorInfo.class);
        assertThat(answer.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(info.getMetadataMap()).containsEntry("currentState", "REVOKED").containsEntry("allowedActions", "renew");
    }

    @Test
    void answersLockWaitsAndAnUnreachableDatabaseAsUnavailableSoCallersMayRetry() {
        assertThat(statusOf(new CannotAcquireLockException("ERROR: canceling statement due to lock timeout"))
                .getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(statusOf(new PessimisticLockingFailureException("deadlock detected")).getCode())
                .isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(statusOf(new QueryTimeoutException("statement timeout")).getCode())
                .isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(statusOf(new DataAccessResourceFailureException("Connection to 127.0.0.1:15432 refused")).getCode())
                .isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(statusOf(new OptimisticLockingFailureException("row changed")).getCode())
                .isEqualTo(Status.Code.ABORTED);
        // Spring 7 leaves PostgreSQL's lock timeout uncategorized: its SQL state tells.
        assertThat(statusOf(new UncategorizedDataAccessException("SELECT ... FROM enterprise",
                new SQLException("ERROR: canceling statement due to lock timeout", "55P03")) { }).getCode())
                .isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void answersIntegrityViolationsWithoutTheirSql() {
        Status duplicate = statusOf(new DuplicateKeyException(
                "INSERT INTO enterprise ... duplicate key value violates unique constraint \"enterprise_credit_code\""));
        Status uniqueByState = statusOf(new DataIntegrityViolationException("INSERT INTO licence ...",
                new SQLException("duplicate key value", "23505")));
        Status foreignKey = statusOf(new DataIntegrityViolationException("INSERT INTO hazard ...",
                new SQLException("violates foreign key constraint", "23503")));

        assertThat(duplicate.getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(uniqueByState.getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(foreignKey.getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(List.of(duplicate, uniqueByState, foreignKey)).allSatisfy(s ->
                assertThat(s.getDescription()).doesNotContain("INSERT", "constraint", "enterprise_credit_code"));
    }

    @Test
    void answersAnythingElseAsInternalWithASafeMessageNeverUnknown() {
        Status sql = statusOf(new InvalidDataAccessResourceUsageException(
                "bad SQL grammar [SELECT secret FROM enterprise]", new SQLException("column \"secret\" does not exist", "42703")));
        Status bug = statusOf(new IllegalStateException("password=hunter2"));

        assertThat(List.of(sql, bug)).allSatisfy(s -> {
            assertThat(s.getCode()).isEqualTo(Status.Code.INTERNAL);
            assertThat(s.getDescription()).doesNotContain("SELECT", "secret", "hunter2");
            assertThat(s.getCause()).isNull();
        });
    }

    @Test
    void keepsAStatusAnAdapterChose() {
        assertThat(statusOf(Status.INVALID_ARGUMENT.withDescription("id is not a UUID: 'x'").asRuntimeException()))
                .satisfies(s -> {
                    assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(s.getDescription()).isEqualTo("id is not a UUID: 'x'");
                });
    }
}
