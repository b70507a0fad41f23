package cn.gov.sucheng.worksafety.platform.domain;

/** A sibling service that the action needs did not answer in time or is down; retrying later may succeed. */
public class DependencyUnavailableException extends DomainException {

    public DependencyUnavailableException(String detail) {
        super(detail);
    }
}
