package cn.gov.sucheng.worksafety.platform.problem;

/**
 * A rule broken by one field of a request, raised by domain code: answered as a 400 validation
 * problem naming the field.
 */
public class FieldProblem extends RuntimeException {

    private final String field;

    public FieldProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
