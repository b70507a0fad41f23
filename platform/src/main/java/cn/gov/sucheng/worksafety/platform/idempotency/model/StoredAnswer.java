package cn.gov.sucheng.worksafety.platform.idempotency.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The first answer to a keyed request, as it is replayed to every retry with the same key. */
public record StoredAnswer(int status, List<Header> headers, byte[] body) {

    // Headers that describe one transfer or one call rather than the answer itself: a replay gets its own.
    private static final Set<String> NOT_REPLAYED = Set.of("date", "content-length", "transfer-encoding",
            "connection", "keep-alive", "set-cookie", "x-request-id");

    public StoredAnswer {
        headers = List.copyOf(headers);
    }

    /** Answers of 5xx are not kept, so the client may retry; everything else is the answer to the key. */
    public static boolean isKept(int status) {
        return status < 500;
    }

    /** Whether a response header belongs in the replayed answer (Location, ETag, Content-Type, …). */
    public static boolean isReplayed(String headerName) {
        return !NOT_REPLAYED.contains(headerName.toLowerCase(Locale.ROOT));
    }

    /** One response header line. */
    public record Header(String name, String value) {
    }
}
