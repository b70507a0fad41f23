package cn.gov.sucheng.worksafety.enforcement.inspection.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException.Violation;
import cn.gov.sucheng.worksafety.platform.domain.Texts;

/**
 * An inspection record (现场检查记录): where and when, who inspected (at least two officers, each with a badge
 * number), who was present, the items checked, what was found, and the inspection report (free text and a
 * conclusion).
 */
public record Inspection(UUID id, EnterpriseFacts enterprise, InspectionMode mode, String place,
        OffsetDateTime startedAt, OffsetDateTime endedAt, List<InspectingOfficer> officers,
        List<String> personsPresent, List<String> itemsChecked, List<Finding> findings, String reportText,
        String conclusion, UUID drawId, String recordedBy, OffsetDateTime recordedAt, long version) {

    /** The law asks for two officers on every inspection (两人以上执法). */
    public static final int MIN_OFFICERS = 2;

    public Inspection {
        officers = List.copyOf(officers);
        personsPresent = List.copyOf(personsPresent);
        itemsChecked = List.copyOf(itemsChecked);
        findings = List.copyOf(findings);
    }

    /**
     * Checks what the officers recorded and gives each finding its id; every broken rule is named by its field.
     */
    public static Inspection record(NewInspection n, EnterpriseFacts enterprise, Supplier<UUID> ids,
            OffsetDateTime now) {
        List<Violation> violations = new ArrayList<>();
        if (!n.endedAt().isAfter(n.startedAt())) {
            violations.add(new Violation("endedAt", "endedAt must be after startedAt"));
        }
        if (n.startedAt().isAfter(now)) {
            violations.add(new Violation("startedAt", "startedAt must not be in the future"));
        }
        if (n.officers().size() < MIN_OFFICERS) {
            violations.add(new Violation("officers", "at least " + MIN_OFFICERS + " officers must inspect"));
        }
        Set<String> badges = new HashSet<>();
        for (InspectingOfficer officer : n.officers()) {
            if (!badges.add(officer.badgeNumber().trim())) {
                violations.add(new Violation("officers", "badge number " + officer.badgeNumber() + " is listed twice"));
            }
        }
        for (int i = 0; i < n.findings().size(); i++) {
            NewFinding f = n.findings().get(i);
            if (f.deadline() != null && f.deadline().isBefore(n.startedAt().toLocalDate())) {
                violations.add(new Violation("findings[" + i + "].deadline",
                        "the deadline must not be before the inspection"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidException(violations);
        }
        List<Finding> findings = n.findings().stream()
                .map(f -> new Finding(ids.get(), f.description().trim(), Texts.given(f.place()), f.grade(),
                        f.deadline(), null))
                .toList();
        return new Inspection(ids.get(), enterprise, n.mode(), n.place().trim(), n.startedAt(), n.endedAt(),
                n.officers(), n.personsPresent(), n.itemsChecked(), findings, n.reportText().trim(),
                n.conclusion().trim(), n.drawId(), n.recordedBy(), now, 0);
    }

    public List<String> officerBadges() {
        return officers.stream().map(InspectingOfficer::badgeNumber).toList();
    }
}
