package cn.gov.sucheng.worksafety.training.session.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.training.session.application.TrainingRecords;
import cn.gov.sucheng.worksafety.training.session.model.TrainingSession;
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
@RequestMapping("/api/v1/training-sessions")
@Tag(name = "Training sessions", description = "Sessions, attendance and the hours each post requires")
class TrainingSessionController {

    private final TrainingRecords records;
    private final Actors actors;
    private final Clock clock;

    TrainingSessionController(TrainingRecords records, Actors actors, Clock clock) {
        this.records = records;
        this.actors = actors;
        this.clock = clock;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "recordTrainingSession", summary = "Record a session with its attendance",
            description = "400 when a field is invalid, 422 when an attendee is not a registered trainee.")
    ResponseEntity<SessionView> record(@Valid @RequestBody RecordSessionRequest r) {
        TrainingSession session = records.record(r.title().trim(), r.kind(), r.heldOn(), r.hours(),
                r.provider().trim(), r.attendeeIds(), actors.of(r));
        return ResponseEntity.created(URI.create("/api/v1/training-sessions/" + session.id()))
                .body(SessionView.of(session));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTrainingSession",
            summary = "One session", description = "404 when no session has this id.")
    SessionView get(@PathVariable UUID id) {
        return SessionView.of(records.get(id));
    }

    @GetMapping
    @Operation(operationId = "listTrainingSessions",
            summary = "Sessions, the latest first", description = "Filters combine.")
    Page<SessionView> list(
            @Parameter(description = "only sessions this trainee attended (another town's person gives none for a "
                    + "town-level client)") @RequestParam(required = false) UUID traineeId,
            @Parameter(description = "only sessions people of this enterprise attended")
            @RequestParam(required = false) UUID enterpriseId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return records.find(traineeId, enterpriseId, PageRequest.of(page, size)).map(SessionView::of);
    }

    @GetMapping("/shortfalls")
    @Operation(operationId = "listTrainingShortfalls", summary = "Who of an enterprise is short of training hours",
            description = "Each person's initial hours and the refresher hours of the year against the rule for "
                    + "their post and trade (principals and safety managers 32 h + 12 h a year, high-risk 48 h + 16 h; "
                    + "workers 24 h, high-risk 72 h + 20 h a year). Only the people short of hours are listed.")
    List<ShortfallView> shortfalls(
            @Parameter(description = "the enterprise whose registered people are checked; an unknown enterprise (or "
                    + "another town's, for a town-level client) gives an empty list")
            @RequestParam UUID enterpriseId,
            @Parameter(description = "the year of the refresher hours, default this year")
            @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 1900 || y > 2199) {
            throw new InvalidException("year", "year must lie between 1900 and 2199");
        }
        return records.shortfalls(enterpriseId, y).stream().map(ShortfallView::of).toList();
    }
}
