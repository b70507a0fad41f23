package cn.gov.sucheng.worksafety.hazard.closedloop.application;

/**
 * Hazards found in a period at one enterprise, town or industry and what became of them: fixed (closed out),
 * overdue now, major; the fix rate is fixed / found (0 when none was found).
 */
public record HazardFigures(String key, String name, long found, long fixed, long overdue, long major) {

    public double fixRate() {
        return found == 0 ? 0 : Math.round(10_000.0 * fixed / found) / 10_000.0;
    }
}
