package cn.gov.sucheng.worksafety.platform.domain;

/** A change based on a version of a record that is no longer the current one: someone changed it since. */
public class StaleVersionException extends DomainException {

    private final long currentVersion;

    public StaleVersionException(String what, Object id, long basedOn, long currentVersion) {
        super(what + " " + id + " is at version " + currentVersion + ", the change was based on version " + basedOn
                + ": read it again and reapply the change");
        this.currentVersion = currentVersion;
        fact("currentVersion", currentVersion);
    }

    public long currentVersion() {
        return currentVersion;
    }
}
