package cn.gov.sucheng.worksafety.enterprise.profile.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.profile.application.EnterpriseProfiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Enterprise profile", description = "The one-enterprise profile (一企一档)")
class ProfileController {

    private final EnterpriseProfiles profiles;
    private final Clock clock;

    ProfileController(EnterpriseProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping("/api/v1/enterprises/{id}/profile")
    @Operation(operationId = "getEnterpriseProfile", summary = "Everything known of one enterprise",
            description = "The registry's parts and, fetched in parallel under one deadline, what the siblings "
                    + "know: hazards (hazard-service), inspections and cases (enforcement-service), key-post "
                    + "certificate coverage, high-risk workers trained and assessed and the certificates due for "
                    + "review (training-service). A part a sibling could not give in time is "
                    + "marked available=false with the reason; the profile still answers 200. 404 for an unknown enterprise.")
    ProfileView get(@PathVariable UUID id) {
        return ProfileView.of(profiles.profileOf(id), LocalDate.now(clock));
    }
}
