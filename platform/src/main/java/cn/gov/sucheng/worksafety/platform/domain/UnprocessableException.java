package cn.gov.sucheng.worksafety.platform.domain;

/** A well-formed request that refers to something that does not exist or cannot take part (an unknown enterprise). */
public class UnprocessableException extends DomainException {

    public UnprocessableException(String detail) {
        super(detail);
    }
}
