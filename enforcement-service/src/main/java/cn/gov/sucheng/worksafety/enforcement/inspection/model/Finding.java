package cn.gov.sucheng.worksafety.enforcement.inspection.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something wrong that an inspection found; it becomes a hazard in hazard-service, keyed by its id.
 *
 * @param place    where on the site; null when not recorded
 * @param deadline by when it must be fixed; null when it was fixed on the spot
 * @param hazardId the hazard hazard-service registered for it; null until it has
 */
public record Finding(UUID id, String description, String place, FindingGrade grade, LocalDate deadline,
        UUID hazardId) {
}
