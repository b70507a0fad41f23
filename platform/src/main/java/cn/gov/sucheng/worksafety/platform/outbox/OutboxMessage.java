package cn.gov.sucheng.worksafety.platform.outbox;

import java.time.OffsetDateTime;

/**
 * One message of the outbox as its handler receives it.
 *
 * @param id          increasing in the order the messages were written
 * @param topic       which handler delivers it
 * @param aggregateId the record it is about; messages of one topic and aggregate are delivered in order
 * @param payload     what the handler needs, as the writer encoded it (usually JSON or a plain id)
 * @param attempts    failed deliveries so far
 * @param createdAt   when the change it announces was committed
 */
public record OutboxMessage(long id, String topic, String aggregateId, String payload, int attempts,
        OffsetDateTime createdAt) {
}
