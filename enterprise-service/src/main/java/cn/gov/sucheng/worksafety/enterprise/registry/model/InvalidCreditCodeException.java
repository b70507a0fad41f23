package cn.gov.sucheng.worksafety.enterprise.registry.model;

import cn.gov.sucheng.worksafety.platform.problem.FieldProblem;

/** A credit code that fails its format or check character. */
public class InvalidCreditCodeException extends FieldProblem {

    public InvalidCreditCodeException(String reason) {
        super("creditCode", "creditCode " + reason);
    }
}
