package cn.gov.sucheng.worksafety.enterprise.credit.application;

import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.problem.DomainProblem;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;

/** A credit event names an enterprise the registry does not know (or has deleted). */
public class UnknownEnterpriseException extends DomainProblem {

    public UnknownEnterpriseException(UUID enterpriseId) {
        super(422, ProblemTypes.UNPROCESSABLE, "Unprocessable request", "enterprise " + enterpriseId + " does not exist");
    }
}
