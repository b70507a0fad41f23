package cn.gov.sucheng.worksafety.platform.domain;

import java.util.Collection;

/** The current state of a record does not allow the change (an illegal transition, a rule of the state). */
public class ConflictException extends DomainException {

    public ConflictException(String detail) {
        super(detail);
    }

    /** A refused transition, naming the state the record is in and the actions that state allows. */
    public ConflictException(String detail, Object currentState, Collection<?> allowedActions) {
        super(detail);
        fact("currentState", String.valueOf(currentState));
        fact("allowedActions", allowedActions.stream().map(String::valueOf).sorted().toList());
    }
}
