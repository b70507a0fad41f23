package cn.gov.sucheng.worksafety.hazard.closedloop.model;

import java.util.Set;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;

/** An action the hazard's state does not allow; names the state and what it allows. */
public class HazardActionRefused extends ConflictException {

    HazardActionRefused(String detail, HazardStatus current, Set<HazardAction> allowed) {
        super(detail, current, allowed);
    }
}
