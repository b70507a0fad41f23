package cn.gov.sucheng.worksafety.platform.outbox;

/**
 * The receiver refused a message for good (it is malformed, or contradicts what was delivered before): retrying
 * cannot help, so the relay parks it (kept with the reason, counted in the metrics) and goes on with the next
 * message of its aggregate.
 */
public class RejectedMessageException extends RuntimeException {

    public RejectedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
