package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.DualPreventionRegister;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.DualPrevention;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprises/{id}/dual-prevention")
@Tag(name = "Dual prevention", description = "双重预防机制: whether an enterprise has built it, who said so and when")
class DualPreventionController {

    private final DualPreventionRegister register;

    DualPreventionController(DualPreventionRegister register) {
        this.register = register;
    }

    @PutMapping
    @Operation(summary = "Set whether the enterprise has built the dual-prevention mechanism",
            description = "Records who and when; repeating the current value records nothing. 404 for an unknown "
                    + "enterprise.")
    DualPrevention record(@PathVariable UUID id, @Valid @RequestBody DualPreventionRequest request) {
        return register.record(id, request.built(), request.actor().trim());
    }

    @GetMapping
    @Operation(summary = "The dual-prevention flag with who set it, when, and every change before",
            description = "built is false with no changedBy when it was never set. 404 for an unknown enterprise.")
    DualPrevention get(@PathVariable UUID id) {
        return register.dualPreventionOf(id);
    }
}
