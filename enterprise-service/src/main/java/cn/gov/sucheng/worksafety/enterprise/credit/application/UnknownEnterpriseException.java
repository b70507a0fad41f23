package cn.gov.sucheng.worksafety.enterprise.credit.application;

import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;

/** A credit event names an enterprise the registry does not know (or has deleted). */
public class UnknownEnterpriseException extends UnprocessableException {

    public UnknownEnterpriseException(UUID enterpriseId) {
        super("enterprise " + enterpriseId + " does not exist");
    }
}
