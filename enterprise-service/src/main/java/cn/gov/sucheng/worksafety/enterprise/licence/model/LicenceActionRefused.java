package cn.gov.sucheng.worksafety.enterprise.licence.model;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;

/** An action the licence's state does not allow. */
public class LicenceActionRefused extends ConflictException {

    LicenceActionRefused(String detail) {
        super(detail);
    }
}
