package cn.gov.sucheng.worksafety.enterprise.licence.application;

import cn.gov.sucheng.worksafety.platform.problem.DomainProblem;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;

/** A licence with this number was issued already; numbers are never reused, not even after revocation. */
public class DuplicateLicenceNumberException extends DomainProblem {

    public DuplicateLicenceNumberException(String number) {
        super(409, ProblemTypes.CONFLICT, "Duplicate licence number",
                "a licence numbered " + number + " exists already");
    }
}
