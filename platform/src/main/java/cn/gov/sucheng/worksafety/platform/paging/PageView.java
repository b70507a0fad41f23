package cn.gov.sucheng.worksafety.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listed collection, the same shape for every list of the suite.
 *
 * @param items the page's items
 * @param page zero-based page number
 * @param size the page size asked for
 * @param total how many items match the filters in all
 */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
