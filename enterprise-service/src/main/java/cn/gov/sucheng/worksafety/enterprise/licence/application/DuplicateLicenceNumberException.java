package cn.gov.sucheng.worksafety.enterprise.licence.application;

import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;

/** A licence with this number was issued already; numbers are never reused, not even after revocation. */
public class DuplicateLicenceNumberException extends AlreadyExistsException {

    public DuplicateLicenceNumberException(String number) {
        super("a licence numbered " + number + " exists already");
    }
}
