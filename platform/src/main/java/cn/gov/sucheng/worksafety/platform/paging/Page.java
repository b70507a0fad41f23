package cn.gov.sucheng.worksafety.platform.paging;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.NullMarked;

/**
 * One page of a listed collection, the same shape for every list of the suite: repositories fill it, use cases
 * pass it on (mapping its items) and controllers answer it as JSON ({@code items}, {@code page}, {@code size},
 * {@code total}).
 *
 * @param items the page's items
 * @param page zero-based page number
 * @param size the page size asked for
 * @param total how many items match the filters in all
 */
@NullMarked
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** The page {@code request} asked for, holding {@code items}, of {@code total} matching items. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
