package cn.gov.sucheng.worksafety.platform.outbox;

/**
 * Delivers the messages of one topic; a service declares one bean per topic. Delivery is at least once: a
 * handler must be idempotent (the receiver deduplicates by a key the payload carries). Throwing any exception
 * means "try again later" (with backoff), except {@link RejectedMessageException}, which parks the message.
 */
public interface OutboxHandler {

    String topic();

    void deliver(OutboxMessage message) throws Exception;
}
