package cn.gov.sucheng.worksafety.enterprise.registry.application;

import cn.gov.sucheng.worksafety.platform.problem.DomainProblem;

/** Another live enterprise already carries this credit code. */
public class DuplicateCreditCodeException extends DomainProblem {

    public DuplicateCreditCodeException(String creditCode) {
        super(409, cn.gov.sucheng.worksafety.platform.problem.ProblemTypes.CONFLICT, "Duplicate credit code",
                "an enterprise with credit code " + creditCode + " is already registered");
    }
}
