package cn.gov.sucheng.worksafety.enterprise.registry.web;

import java.net.URI;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "The registry of supervised enterprises")
class EnterpriseController {

    private final EnterpriseRegistry registry;

    EnterpriseController(EnterpriseRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    @Operation(summary = "Register an enterprise",
            description = "400 when a field is invalid (the credit code's check character included), 409 when the credit code is already registered.")
    ResponseEntity<EnterpriseView> register(@Valid @RequestBody RegisterEnterpriseRequest request) {
        Enterprise enterprise = registry.register(request.toNewEnterprise());
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + enterprise.id()))
                .eTag(Long.toString(enterprise.version()))
                .body(EnterpriseView.of(enterprise));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise by id", description = "404 when no live enterprise has this id.")
    ResponseEntity<EnterpriseView> get(@PathVariable UUID id) {
        Enterprise enterprise = registry.get(id);
        return ResponseEntity.ok().eTag(Long.toString(enterprise.version())).body(EnterpriseView.of(enterprise));
    }
}
