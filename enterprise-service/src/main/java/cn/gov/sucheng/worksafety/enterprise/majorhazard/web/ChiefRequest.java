package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceChief;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One source chief as a client sends it. */
public record ChiefRequest(
        @Schema(example = "王建国") @NotBlank @Size(max = 50) String name,
        @Schema(example = "总经理") @NotBlank @Size(max = 100) String position,
        @Schema(example = "0527-84361234") @NotBlank
        @Pattern(regexp = "^\\+?[0-9][0-9 -]{4,28}$", message = "must be a phone number of digits, spaces and dashes")
        String phone) {

    SourceChief toChief() {
        return new SourceChief(name.trim(), position.trim(), phone.trim());
    }
}
