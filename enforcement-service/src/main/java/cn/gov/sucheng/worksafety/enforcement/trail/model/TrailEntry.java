package cn.gov.sucheng.worksafety.enforcement.trail.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;

/**
 * One step of the enforcement trail (执法全过程记录): what was done to which record, by whom and when. Entries
 * form one chain: each carries the hash of the one before and its own hash over all its fields, so changing or
 * removing any entry breaks the chain from there on.
 *
 * @param sequence     1, 2, 3, … without gaps
 * @param subjectType  the kind of record acted on (PLAN, DRAW, INSPECTION, DOCUMENT, CASE)
 * @param details      what the action carried, as JSON
 * @param previousHash the hash of entry {@code sequence - 1}; {@link TrailChain#GENESIS} for the first
 */
@NullMarked
public record TrailEntry(long sequence, String subjectType, UUID subjectId, String action, String actor,
        OffsetDateTime at, String details, String previousHash, String hash) {
}
