package cn.gov.sucheng.worksafety.enforcement.search.infrastructure;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.application.OutboxTopics;
import cn.gov.sucheng.worksafety.enforcement.search.application.ReportSearch;
import cn.gov.sucheng.worksafety.platform.outbox.OutboxHandler;
import cn.gov.sucheng.worksafety.platform.outbox.OutboxMessage;

import org.springframework.stereotype.Component;

/** Indexes recorded reports from the outbox; with Elasticsearch down they wait there and catch up. */
@Component
class ReportIndexDelivery implements OutboxHandler {

    private final ReportSearch search;

    ReportIndexDelivery(ReportSearch search) {
        this.search = search;
    }

    @Override
    public String topic() {
        return OutboxTopics.REPORT_TO_INDEX;
    }

    @Override
    public void deliver(OutboxMessage message) {
        search.indexReport(UUID.fromString(message.payload()));
    }
}
