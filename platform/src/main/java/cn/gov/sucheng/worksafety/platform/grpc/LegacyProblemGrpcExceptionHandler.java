package cn.gov.sucheng.worksafety.platform.grpc;

import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException.Violation;
import cn.gov.sucheng.worksafety.platform.problem.DomainProblem;
import cn.gov.sucheng.worksafety.platform.problem.FieldProblem;
import io.grpc.Status;
import io.grpc.StatusException;

import org.springframework.core.Ordered;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;

/**
 * The statuses of the older {@link DomainProblem} and {@link FieldProblem}, by their HTTP status, for the code
 * that still throws them; the same codes as {@link DomainGrpcExceptionHandler} gives their platform.domain
 * successors. Goes away with those two classes.
 */
class LegacyProblemGrpcExceptionHandler implements GrpcExceptionHandler, Ordered {

    @Override
    public StatusException handleException(Throwable thrown) {
        if (thrown instanceof FieldProblem field) {
            return DomainGrpcExceptionHandler.invalidArgument(List.of(new Violation(field.field(), field.getMessage())));
        }
        if (thrown instanceof DomainProblem problem) {
            Status status = switch (problem.status()) {
                case 404 -> Status.NOT_FOUND;
                case 409, 422 -> Status.FAILED_PRECONDITION;
                case 412 -> Status.ABORTED;
                case 503 -> Status.UNAVAILABLE;
                default -> Status.INTERNAL;
            };
            return status.withDescription(problem.getMessage()).asException();
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
