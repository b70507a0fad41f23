package cn.gov.sucheng.worksafety.enforcement.trail.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import cn.gov.sucheng.worksafety.enforcement.trail.model.TrailEntry;

/** Where the trail is kept: append-only. */
public interface TrailEntries {

    /** The last entry, locked so that appends happen one after the other; empty while the trail is empty. */
    Optional<TrailEntry> lockLast();

    void add(TrailEntry entry);

    List<TrailEntry> ofSubject(String subjectType, UUID subjectId);

    /** Hands every entry in sequence order to {@code visitor} until it answers false. */
    void forEachInOrder(Predicate<TrailEntry> visitor);
}
