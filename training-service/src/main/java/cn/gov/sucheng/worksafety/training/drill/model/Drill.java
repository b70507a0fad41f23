package cn.gov.sucheng.worksafety.training.drill.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * An emergency drill (应急演练) held by an enterprise or a department against its filed emergency plan.
 *
 * @param enterpriseId the enterprise that held it, or null for a department's drill
 * @param department the department that held it, or null for an enterprise's drill
 * @param planReference the filed plan drilled (its filing number)
 * @param findings what the drill showed needs fixing
 * @param town the enterprise's town (from the registry, for the town data scope); for a department's drill the town
 *             whose office held it, or null for a district department's
 */
public record Drill(UUID id, UUID enterpriseId, String department, String town, String planReference,
        String scenario, LocalDate heldOn, int participants, List<String> findings, String recordedBy,
        OffsetDateTime createdAt) {

    public static Drill record(UUID id, UUID enterpriseId, String department, String planReference, String scenario,
            LocalDate heldOn, int participants, List<String> findings, LocalDate today, String actor,
            OffsetDateTime now) {
        if ((enterpriseId == null) == (department == null || department.isBlank())) {
            throw new InvalidException("enterpriseId", "a drill is held by an enterprise (enterpriseId) or by a "
                    + "department (department), one of the two");
        }
        if (heldOn.isAfter(today)) {
            throw new InvalidException("heldOn", "heldOn must not be in the future");
        }
        return new Drill(id, enterpriseId, enterpriseId == null ? department.trim() : null, null, planReference,
                scenario, heldOn, participants, List.copyOf(findings), actor, now);
    }

    /** The drill as one of {@code town} (null: of no town, a district department's). */
    public Drill heldIn(String town) {
        return new Drill(id, enterpriseId, department, town, planReference, scenario, heldOn, participants, findings,
                recordedBy, createdAt);
    }
}
