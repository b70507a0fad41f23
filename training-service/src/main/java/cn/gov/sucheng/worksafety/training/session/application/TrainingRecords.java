package cn.gov.sucheng.worksafety.training.session.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.session.model.HoursRequirement;
import cn.gov.sucheng.worksafety.training.session.model.TrainingKind;
import cn.gov.sucheng.worksafety.training.session.model.TrainingSession;
import cn.gov.sucheng.worksafety.training.trainee.application.TraineeQuery;
import cn.gov.sucheng.worksafety.training.trainee.application.Trainees;
import cn.gov.sucheng.worksafety.training.trainee.model.Trainee;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records training sessions with their attendance, and tells who is short of the hours their post requires. */
@Service
public class TrainingRecords {

    private final TrainingSessions sessions;
    private final Trainees trainees;
    private final Clock clock;

    public TrainingRecords(TrainingSessions sessions, Trainees trainees, Clock clock) {
        this.sessions = sessions;
        this.trainees = trainees;
        this.clock = clock;
    }

    /** Every attendee must be a registered trainee (422 naming the unknown ones); nothing is written otherwise. */
    @Transactional
    public TrainingSession record(String title, TrainingKind kind, LocalDate heldOn, int hours,
            String provider, List<UUID> attendeeIds, String actor) {
        List<UUID> attendees = List.copyOf(new LinkedHashSet<>(attendeeIds));
        List<UUID> unknown = new ArrayList<>(attendees);
        trainees.byIds(attendees).forEach(t -> unknown.remove(t.id()));
        if (!unknown.isEmpty()) {
            throw new UnprocessableException("attendees are not registered trainees: " + unknown);
        }
        TrainingSession session = new TrainingSession(UUID.randomUUID(), title, kind, heldOn, hours, provider,
                attendees, actor, OffsetDateTime.now(clock));
        sessions.add(session);
        return session;
    }

    @Transactional(readOnly = true)
    public TrainingSession get(UUID id) {
        return sessions.byId(id).orElseThrow(() -> new NotFoundException("training session", id));
    }

    @Transactional(readOnly = true)
    public Page<TrainingSession> find(UUID traineeId, UUID enterpriseId, PageRequest page) {
        return sessions.find(traineeId, enterpriseId, page);
    }

    /** The trainees of the enterprise short of their initial hours or of the yearly hours of {@code year}. */
    @Transactional(readOnly = true)
    public List<HoursShortfall> shortfalls(UUID enterpriseId, int year) {
        List<Trainee> staff = new ArrayList<>();
        Page<Trainee> page;
        int next = 0;
        do {
            page = trainees.find(new TraineeQuery(enterpriseId, null, null, null), new PageRequest(next++, Page.MAX_SIZE));
            staff.addAll(page.items());
        }
        while (staff.size() < page.total() && !page.items().isEmpty());
        Map<UUID, TrainingSessions.Hours> hours = sessions.hoursOf(staff.stream().map(Trainee::id).toList(), year);
        List<HoursShortfall> shortfalls = new ArrayList<>();
        for (Trainee t : staff) {
            HoursRequirement required = HoursRequirement.of(t.keyPost(), t.highRiskTrade());
            TrainingSessions.Hours done = hours.getOrDefault(t.id(), new TrainingSessions.Hours(0, 0));
            HoursRequirement.Shortfall shortfall = required.shortfall(done.initial(), done.refresherInYear());
            if (!shortfall.isMet()) {
                shortfalls.add(new HoursShortfall(t, required, done, shortfall));
            }
        }
        return shortfalls;
    }

    /** One trainee's hours against the requirement of their post. */
    public record HoursShortfall(Trainee trainee, HoursRequirement required, TrainingSessions.Hours done,
            HoursRequirement.Shortfall missing) {
    }
}
