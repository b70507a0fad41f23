package cn.gov.sucheng.worksafety.platform.domain;

import java.util.List;

/** One or more fields of a request break a rule; each violation names its field. */
public class InvalidException extends DomainException {

    private final List<Violation> violations;

    public InvalidException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidException(List<Violation> violations) {
        super(String.join("; ", violations.stream().map(Violation::message).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first offending field. */
    public String field() {
        return violations.get(0).field();
    }

    /** A field (a JSON property, a query parameter or a header) and what is wrong with its value. */
    public record Violation(String field, String message) {
    }
}
