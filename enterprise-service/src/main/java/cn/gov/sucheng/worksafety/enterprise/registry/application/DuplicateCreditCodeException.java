package cn.gov.sucheng.worksafety.enterprise.registry.application;

import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;

/** Another live enterprise already carries this credit code. */
public class DuplicateCreditCodeException extends AlreadyExistsException {

    public DuplicateCreditCodeException(String creditCode) {
        super("an enterprise with credit code " + creditCode + " is already registered");
    }
}
