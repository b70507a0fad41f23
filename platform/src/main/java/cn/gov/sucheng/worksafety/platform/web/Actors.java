package cn.gov.sucheng.worksafety.platform.web;

import java.util.Optional;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * Who acts, decided in one place for every action of a service.
 *
 * <p>Today the gateway forwards no caller identity, so the actor is the name the request body states, trimmed.
 * Once the gateway forwards a verified identity, this bean takes the actor from it instead (and the bodies'
 * actor fields become optional and then go); the controllers and use cases that call it do not change.
 */
public class Actors {

    /** The actor of an action that must name one; a missing or blank name is refused, naming its field. */
    public String of(ActorStatement request) {
        return stated(request).orElseThrow(
                () -> new InvalidException(request.actorField(), request.actorField() + " must name who acts"));
    }

    /** The actor of an action where naming one is optional; empty when none is stated. */
    public Optional<String> ifStated(ActorStatement request) {
        return stated(request);
    }

    private static Optional<String> stated(ActorStatement request) {
        String name = request.actor();
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.trim());
    }
}
