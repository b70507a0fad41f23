package cn.gov.sucheng.worksafety.enterprise.registry.model;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/** A credit code that fails its format or check character. */
public class InvalidCreditCodeException extends InvalidException {

    public InvalidCreditCodeException(String reason) {
        super("creditCode", "creditCode " + reason);
    }
}
