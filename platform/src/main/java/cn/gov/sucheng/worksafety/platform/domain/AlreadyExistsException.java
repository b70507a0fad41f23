package cn.gov.sucheng.worksafety.platform.domain;

/** The record to create exists already under a key that must be unique (a credit code, a licence number). */
public class AlreadyExistsException extends ConflictException {

    public AlreadyExistsException(String detail) {
        super(detail);
    }
}
