package cn.gov.sucheng.worksafety.enterprise.licence.model;

import cn.gov.sucheng.worksafety.platform.problem.DomainProblem;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;

/** An action the licence's state does not allow; answered as 409. */
public class LicenceActionRefused extends DomainProblem {

    LicenceActionRefused(String detail) {
        super(409, ProblemTypes.CONFLICT, "Licence action refused", detail);
    }
}
