package cn.gov.sucheng.worksafety.enterprise.profile.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One part of the one-enterprise profile that another service supplies: its data, or why it is missing.
 * The profile always answers; a sibling that is down or slow leaves its part marked, never an error.
 */
@NullMarked
public record ProfilePart<T>(boolean available, @Nullable T data, @Nullable String reason) {

    public static <T> ProfilePart<T> of(T data) {
        return new ProfilePart<>(true, data, null);
    }

    public static <T> ProfilePart<T> missing(String reason) {
        return new ProfilePart<>(false, null, reason);
    }
}
