package cn.gov.sucheng.worksafety.platform.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal raised by domain code, in the domain's terms only: what went wrong, never how a protocol says it.
 * Each subclass is one meaning (not found, conflict, invalid, …); the platform maps each meaning once to
 * problem+json and once to a gRPC status, so no model class knows about HTTP or gRPC.
 */
public abstract class DomainException extends RuntimeException {

    private final Map<String, Object> facts = new LinkedHashMap<>();

    protected DomainException(String detail) {
        super(detail);
    }

    /** Adds a fact a client can act on (the current state, the allowed actions, …), published with the refusal. */
    protected final void fact(String name, Object value) {
        facts.put(name, value);
    }

    /** Facts published beside the detail, e.g. as problem+json extension members. */
    public final Map<String, Object> facts() {
        return Map.copyOf(facts);
    }
}
