package cn.gov.sucheng.worksafety.training.trainee.web;

import java.net.URI;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import cn.gov.sucheng.worksafety.training.trainee.application.TraineeRegister;
import cn.gov.sucheng.worksafety.training.trainee.model.IdNumber;
import cn.gov.sucheng.worksafety.training.trainee.model.KeyPost;
import cn.gov.sucheng.worksafety.training.trainee.model.Trainee;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/trainees")
@Tag(name = "Trainees", description = "People on the three key posts (三项岗位) and in high-risk trades")
class TraineeController {

    private final TraineeRegister register;

    TraineeController(TraineeRegister register) {
        this.register = register;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "registerTrainee", summary = "Register a person",
            description = "400 when a field is invalid (an ID number that is not 18 characters, fails the check "
                    + "character or holds no birth date), 409 when a person with that ID number is registered, 422 "
                    + "when the enterprise does not exist (or, for a town-level client, is another town's), 503 when "
                    + "the registry cannot be asked.")
    ResponseEntity<TraineeView> register(@Valid @RequestBody RegisterTraineeRequest request) {
        Trainee trainee = register.register(request.toNewTrainee(register.today()));
        return ResponseEntity.created(URI.create("/api/v1/trainees/" + trainee.id()))
                .eTag(VersionPreconditions.etag(trainee.version())).body(TraineeView.of(trainee));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getTrainee", summary = "One person", description = "404 when no trainee has this id.")
    ResponseEntity<TraineeView> get(@PathVariable UUID id) {
        Trainee trainee = register.get(id);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(trainee.version())).body(TraineeView.of(trainee));
    }

    @GetMapping
    @Operation(operationId = "listTrainees", summary = "People, by name", description = "Filters combine.")
    Page<TraineeView> list(
            @Parameter(description = "only people registered with this enterprise")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "only people on this post: PRINCIPAL (主要负责人), SAFETY_MANAGER (安全生产管理人员), "
                    + "SPECIAL_OPERATION_WORKER (特种作业人员) or OTHER")
            @RequestParam(required = false) KeyPost keyPost,
            @Parameter(description = "only people of this town (exact name: their enterprise's town when they were "
                    + "registered); a town-level client sees only its own town anyway", example = "耿车镇")
            @RequestParam(required = false) String town,
            @Parameter(description = "the one person with this full ID number (never echoed back)")
            @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        IdNumber number = idNumber == null ? null : IdNumber.parse(idNumber, "idNumber", register.today());
        return register.find(enterpriseId, keyPost, town, number, PageRequest.of(page, size)).map(TraineeView::of);
    }
}
