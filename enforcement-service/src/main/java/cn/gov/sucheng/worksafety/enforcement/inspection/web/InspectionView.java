package cn.gov.sucheng.worksafety.enforcement.inspection.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.model.FindingGrade;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Inspection;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.InspectionMode;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** An inspection as the API shows it. */
@NullMarked
public record InspectionView(UUID id, UUID enterpriseId, String enterpriseName, String town, String industryArea,
        InspectionMode mode, String place, OffsetDateTime startedAt, OffsetDateTime endedAt,
        List<OfficerView> officers, List<String> personsPresent, List<String> itemsChecked,
        List<FindingView> findings, String reportText, String conclusion, @Nullable UUID drawId, String recordedBy,
        OffsetDateTime recordedAt, long version) {

    @NullMarked
    public record OfficerView(String badgeNumber, String name) {
    }

    /** A finding; {@code hazardId} appears once hazard-service has registered it. */
    @NullMarked
    public record FindingView(UUID id, String description, @Nullable String place, FindingGrade grade,
            @Nullable LocalDate deadline, @Nullable UUID hazardId) {
    }

    static InspectionView of(Inspection i) {
        return new InspectionView(i.id(), i.enterprise().id(), i.enterprise().name(), i.enterprise().town(),
                i.enterprise().industryArea(), i.mode(), i.place(), i.startedAt(), i.endedAt(),
                i.officers().stream().map(o -> new OfficerView(o.badgeNumber(), o.name())).toList(),
                i.personsPresent(), i.itemsChecked(),
                i.findings().stream().map(f -> new FindingView(f.id(), f.description(), f.place(), f.grade(),
                        f.deadline(), f.hazardId())).toList(),
                i.reportText(), i.conclusion(), i.drawId(), i.recordedBy(), i.recordedAt(), i.version());
    }
}
