package cn.gov.sucheng.worksafety.enterprise.risk.web;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.risk.application.HistoryPage;
import cn.gov.sucheng.worksafety.enterprise.risk.application.RiskColourRegister;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColourChange;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.paging.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprises/{id}")
@Tag(name = "Risk colour", description = "The four-colour risk level of an enterprise (四色分级) and its history")
class RiskColourController {

    private final RiskColourRegister register;

    RiskColourController(RiskColourRegister register) {
        this.register = register;
    }

    @PutMapping("/risk-colour")
    @Operation(summary = "Give an enterprise its current risk colour",
            description = "Appends to the history and returns the entry. Repeating the last entry exactly (colour, "
                    + "reason, actor) records nothing. 404 for an unknown enterprise.")
    RiskColourChange assign(@PathVariable UUID id, @Valid @RequestBody AssignRiskColourRequest request) {
        return register.assign(id, request.colour(), request.reason().trim(), request.actor().trim());
    }

    @GetMapping("/risk-colour-history")
    @Operation(summary = "The risk-colour history of an enterprise, newest first",
            description = "Paged. 404 for an unknown enterprise.")
    PageView<RiskColourChange> history(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        HistoryPage found = register.history(id, pageRequest.offset(), pageRequest.size());
        return new PageView<>(found.items(), pageRequest.page(), pageRequest.size(), found.total());
    }
}
