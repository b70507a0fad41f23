package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.problem.DomainProblem;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;

/** A change based on a version of an enterprise that is no longer the current one: someone changed it since. */
public class StaleVersionException extends DomainProblem {

    private final long currentVersion;

    public StaleVersionException(UUID id, long basedOn, long currentVersion) {
        this(409, id, basedOn, currentVersion);
    }

    protected StaleVersionException(int status, UUID id, long basedOn, long currentVersion) {
        super(status, ProblemTypes.CONFLICT, "Stale version", "enterprise " + id + " is at version " + currentVersion
                + ", the change was based on version " + basedOn + ": read it again and reapply the change");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
