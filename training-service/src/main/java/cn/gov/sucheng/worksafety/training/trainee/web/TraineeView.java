package cn.gov.sucheng.worksafety.training.trainee.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.training.trainee.model.KeyPost;
import cn.gov.sucheng.worksafety.training.trainee.model.Trainee;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/** A trainee as the REST API shows it: the ID number only masked. */
@NullMarked
public record TraineeView(
        UUID id,
        String name,
        @Schema(description = "The ID number masked", example = "3213**********0018") String idNumber,
        UUID enterpriseId,
        String enterpriseName,
        String town,
        String industryArea,
        KeyPost keyPost,
        boolean highRiskTrade,
        long version,
        OffsetDateTime createdAt) {

    public static TraineeView of(Trainee t) {
        return new TraineeView(t.id(), t.name(), t.maskedIdNumber(), t.enterpriseId(), t.enterpriseName(), t.town(),
                t.industryArea(), t.keyPost(), t.highRiskTrade(), t.version(), t.createdAt());
    }
}
