package cn.gov.sucheng.worksafety.platform.grpc;

import io.grpc.Status;

import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;

/**
 * A failed call to a sibling service in the suite's terms: every status but the ones the caller treats as an
 * answer (NOT_FOUND, typically) means the sibling could not answer, a {@link DependencyUnavailableException}
 * (503 with Retry-After over REST), never taken for "unknown".
 */
public final class SiblingFailures {

    private SiblingFailures() {
    }

    public static DependencyUnavailableException unavailable(String sibling, Throwable failure) {
        Status status = Status.fromThrowable(failure);
        String why = switch (status.getCode()) {
            case DEADLINE_EXCEEDED -> sibling + " did not answer in time (deadline exceeded)";
            case UNAVAILABLE -> sibling + " is unavailable";
            default -> sibling + " failed: " + status.getCode();
        };
        return new DependencyUnavailableException(why);
    }
}
