package cn.gov.sucheng.worksafety.enforcement.trail.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;

/**
 * The hash chain of the enforcement trail: how an entry's hash is computed and how a run of entries is checked.
 * The hash is SHA-256 over the entry's fields, each length-prefixed (so no two different entries share an
 * input), with its time in UTC at microsecond precision (what PostgreSQL keeps).
 */
public final class TrailChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private TrailChain() {
    }

    /** The entry that follows {@code previous} (null for the first), with its hash. */
    public static TrailEntry next(TrailEntry previous, String subjectType, UUID subjectId, String action,
            String actor, OffsetDateTime at, String details) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        OffsetDateTime kept = at.truncatedTo(ChronoUnit.MICROS);
        return new TrailEntry(sequence, subjectType, subjectId, action, actor, kept, details, previousHash,
                hash(sequence, subjectType, subjectId, action, actor, kept, details, previousHash));
    }

    public static String hashOf(TrailEntry e) {
        return hash(e.sequence(), e.subjectType(), e.subjectId(), e.action(), e.actor(), e.at(), e.details(),
                e.previousHash());
    }

    private static String hash(long sequence, String subjectType, UUID subjectId, String action, String actor,
            OffsetDateTime at, String details, String previousHash) {
        StringBuilder input = new StringBuilder();
        for (String field : new String[] { Long.toString(sequence), previousHash, subjectType, subjectId.toString(),
                action, actor, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MICROS)), details }) {
            input.append(field.length()).append(':').append(field).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }

    /** Checks entries handed to it in sequence order; the first break it meets is the answer. */
    public static final class Verifier {

        private TrailEntry previous;
        private long checked;
        private ChainBreak broken;

        /** Checks the next entry; false once the chain is broken (later entries are not looked at). */
        public boolean accept(TrailEntry entry) {
            if (broken != null) {
                return false;
            }
            long expectedSequence = previous == null ? 1 : previous.sequence() + 1;
            String expectedPrevious = previous == null ? GENESIS : previous.hash();
            if (entry.sequence() != expectedSequence) {
                broken = new ChainBreak(expectedSequence, "entry " + expectedSequence + " is missing (next found: "
                        + entry.sequence() + ")");
            }
            else if (!entry.previousHash().equals(expectedPrevious)) {
                broken = new ChainBreak(entry.sequence(), "its previous hash does not match entry "
                        + (entry.sequence() - 1));
            }
            else if (!hashOf(entry).equals(entry.hash())) {
                broken = new ChainBreak(entry.sequence(), "its content does not match its hash (changed after it was written)");
            }
            else {
                previous = entry;
                checked++;
                return true;
            }
            return false;
        }

        public long checked() {
            return checked;
        }

        public Optional<ChainBreak> broken() {
            return Optional.ofNullable(broken);
        }
    }

    /** Where the chain breaks: the first entry that is not what the chain says it must be. */
    @NullMarked
    public record ChainBreak(long sequence, String reason) {
    }
}
