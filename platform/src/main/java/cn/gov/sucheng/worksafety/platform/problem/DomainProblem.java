package cn.gov.sucheng.worksafety.platform.problem;

import java.net.URI;

/**
 * A refusal that domain code raises in plain Java; the web layer turns it into problem+json with the
 * given status and type.
 */
public class DomainProblem extends RuntimeException {

    private final int status;
    private final URI type;
    private final String title;

    protected DomainProblem(int status, URI type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public static DomainProblem notFound(String what, Object id) {
        return new DomainProblem(404, ProblemTypes.NOT_FOUND, "Not found", what + " " + id + " does not exist");
    }

    public static DomainProblem conflict(String detail) {
        return new DomainProblem(409, ProblemTypes.CONFLICT, "Conflict", detail);
    }

    public static DomainProblem unprocessable(String detail) {
        return new DomainProblem(422, ProblemTypes.UNPROCESSABLE, "Unprocessable request", detail);
    }

    public static DomainProblem dependencyUnavailable(String detail) {
        return new DomainProblem(503, ProblemTypes.DEPENDENCY_UNAVAILABLE, "Dependency unavailable", detail);
    }
}
