package cn.gov.sucheng.worksafety.platform.domain;

/** The thing asked for by its identity does not exist (or no longer does). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
