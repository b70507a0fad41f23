package cn.gov.sucheng.worksafety.hazard.closedloop.application;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.NullMarked;

/**
 * A page of hazards. Counting every match of a broad filter over millions of hazards would cost more than the
 * page itself, so the total is exact up to {@link #COUNT_CAP} and {@code totalCapped} says when there are more.
 */
@NullMarked
public record HazardPage<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    public static final int COUNT_CAP = 10_000;

    public <R> HazardPage<R> map(Function<? super T, ? extends R> mapper) {
        return new HazardPage<>(items.stream().<R>map(mapper).toList(), page, size, total, totalCapped);
    }
}
