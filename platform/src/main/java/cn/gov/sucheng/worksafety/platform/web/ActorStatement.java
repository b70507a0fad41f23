package cn.gov.sucheng.worksafety.platform.web;

/**
 * A request body that states who acts: the person recorded as having taken an action (issued a licence,
 * reviewed a plan, reported a hazard, …). Controllers never read it themselves; they ask {@link Actors}, which
 * decides whose name is recorded.
 */
public interface ActorStatement {

    /** The name the caller states as the actor, as sent: possibly null or blank. */
    String actor();

    /** The JSON field that carries {@link #actor()}, named when it is refused; a body may call it otherwise. */
    default String actorField() {
        return "actor";
    }
}
