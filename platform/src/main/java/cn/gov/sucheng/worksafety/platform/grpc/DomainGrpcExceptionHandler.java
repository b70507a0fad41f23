package cn.gov.sucheng.worksafety.platform.grpc;

import java.util.List;
import java.util.Map;

import cn.gov.sucheng.worksafety.platform.data.DatabaseFailure;
import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;
import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;
import cn.gov.sucheng.worksafety.platform.domain.DomainException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException.Violation;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;

/**
 * Answers whatever a gRPC service method throws with the status its meaning calls for, in one place, so the
 * services' adapters throw and never pick codes. The suite's semantic exceptions keep their detail; database
 * failures and anything unexpected are logged here and reach the client as a fixed sentence, never as SQL or a
 * stack trace. It handles every exception (last in order), so no call ever ends as {@code UNKNOWN}.
 */
public class DomainGrpcExceptionHandler implements GrpcExceptionHandler, Ordered {

    /** The {@code domain} of the {@link ErrorInfo} that carries a refusal's facts. */
    static final String ERROR_DOMAIN = "worksafety.sucheng.gov.cn";

    private static final Logger log = LoggerFactory.getLogger(DomainGrpcExceptionHandler.class);

    @Override
    public StatusException handleException(Throwable thrown) {
        if (thrown instanceof StatusRuntimeException || thrown instanceof StatusException) {
            // An adapter chose the status itself (a malformed id, a bound of the contract): it stands.
            return Status.fromThrowable(thrown).asException(Status.trailersFromThrowable(thrown));
        }
        if (thrown instanceof DomainException domain) {
            log.debug("refused: {}", domain.getMessage());
            return domain(domain);
        }
        if (thrown instanceof DataAccessException data) {
            return dataAccess(data);
        }
        log.error("gRPC call failed unexpectedly", thrown);
        return Status.INTERNAL.withDescription("the service failed to handle the call; it has been logged")
                .asException();
    }

    // Last, so that an application's own handlers are asked first.
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static StatusException domain(DomainException ex) {
        if (ex instanceof InvalidException invalid) {
            return invalidArgument(invalid.violations());
        }
        Status.Code code;
        if (ex instanceof NotFoundException) {
            code = Status.Code.NOT_FOUND;
        }
        else if (ex instanceof AlreadyExistsException) {
            code = Status.Code.ALREADY_EXISTS;
        }
        else if (ex instanceof StaleVersionException) {
            code = Status.Code.ABORTED;
        }
        else if (ex instanceof ConflictException || ex instanceof UnprocessableException) {
            code = Status.Code.FAILED_PRECONDITION;
        }
        else if (ex instanceof DependencyUnavailableException) {
            code = Status.Code.UNAVAILABLE;
        }
        else {
            log.error("a domain refusal without a gRPC status", ex);
            code = Status.Code.INTERNAL;
        }
        return withFacts(code, ex.getMessage(), ex.facts());
    }

    /**
     * {@code INVALID_ARGUMENT} naming each field by its proto name ({@code startDate} → {@code start_date}), in the
     * description for people and as {@code google.rpc.BadRequest} field violations for programs.
     */
    static StatusException invalidArgument(List<Violation> violations) {
        BadRequest.Builder details = BadRequest.newBuilder();
        StringBuilder description = new StringBuilder();
        for (Violation v : violations) {
            String field = ProtoFieldNames.of(v.field());
            String message = v.message().startsWith(v.field() + " ")
                    ? v.message().substring(v.field().length() + 1) : v.message();
            details.addFieldViolations(BadRequest.FieldViolation.newBuilder().setField(field).setDescription(message));
            description.append(description.isEmpty() ? "" : "; ").append(field).append(' ').append(message);
        }
        return StatusProto.toStatusException(com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.INVALID_ARGUMENT.value())
                .setMessage(description.toString())
                .addDetails(Any.pack(details.build()))
                .build());
    }

    // The facts a client can act on (current state, allowed actions, current version) travel as ErrorInfo metadata.
    private static StatusException withFacts(Status.Code code, String description, Map<String, Object> facts) {
        if (facts.isEmpty()) {
            return code.toStatus().withDescription(description).asException();
        }
        ErrorInfo.Builder info = ErrorInfo.newBuilder().setReason(code.name()).setDomain(ERROR_DOMAIN);
        facts.forEach((name, value) -> info.putMetadata(name,
                value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                        : String.valueOf(value)));
        return StatusProto.toStatusException(com.google.rpc.Status.newBuilder()
                .setCode(code.value())
                .setMessage(description)
                .addDetails(Any.pack(info.build()))
                .build());
    }

    private static StatusException dataAccess(DataAccessException ex) {
        switch (DatabaseFailure.of(ex)) {
            case CONCURRENT_CHANGE:
                log.info("concurrent change refused: {}", ex.getMessage());
                return Status.ABORTED.withDescription("the record was changed concurrently; read it again and retry")
                        .asException();
            case BUSY:
                log.warn("database busy or unreachable", ex);
                return Status.UNAVAILABLE.withDescription("the database is busy or unreachable; retry later")
                        .asException();
            case DUPLICATE:
                log.info("unique constraint refused a write", ex);
                return Status.ALREADY_EXISTS.withDescription("a record with the same unique key exists already")
                        .asException();
            case INTEGRITY:
                log.warn("integrity constraint refused a write", ex);
                return Status.FAILED_PRECONDITION.withDescription("the change contradicts the stored data")
                        .asException();
            default:
                log.error("database failure", ex);
                return Status.INTERNAL.withDescription("the service failed to handle the call; it has been logged")
                        .asException();
        }
    }
}
