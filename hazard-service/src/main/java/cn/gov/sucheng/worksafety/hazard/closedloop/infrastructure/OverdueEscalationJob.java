package cn.gov.sucheng.worksafety.hazard.closedloop.infrastructure;

import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardRectification;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks hazards past their deadline overdue and escalates them to the district, on every instance: the change
 * itself is exactly-once (see {@code Hazards#escalateOverdue}), so no leader election or lock table is needed.
 * Interval: {@code worksafety.hazard.escalation.interval} (ISO-8601, default one minute).
 */
@Component
@ConditionalOnProperty(name = "worksafety.hazard.escalation.enabled", matchIfMissing = true)
class OverdueEscalationJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueEscalationJob.class);

    private final HazardRectification rectification;
    private final Counter escalated;

    OverdueEscalationJob(HazardRectification rectification, MeterRegistry meters) {
        this.rectification = rectification;
        this.escalated = Counter.builder("worksafety.hazard.escalated")
                .description("Hazards marked overdue and escalated to the district").register(meters);
    }

    @Scheduled(fixedDelayString = "${worksafety.hazard.escalation.interval:PT1M}",
            initialDelayString = "${worksafety.hazard.escalation.initial-delay:PT10S}")
    void run() {
        try {
            int n = rectification.escalateOverdue();
            escalated.increment(n);
            if (n > 0) {
                log.info("{} hazards overdue, escalated to the district", n);
            }
        }
        catch (RuntimeException ex) {
            // The next run retries: nothing was half done, each batch is its own transaction.
            log.warn("overdue escalation failed: {}", ex.toString());
        }
    }
}
