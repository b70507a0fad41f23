package cn.gov.sucheng.worksafety.enterprise.emergencyplan.application;

import java.util.List;
import java.util.function.Function;

/**
 * One page of what a query found and how many match in all. The web layer wraps it in the platform's
 * PageView, which the application layer may not reach.
 */
public record Found<T>(List<T> items, long total) {

    public <R> Found<R> map(Function<T, R> mapper) {
        return new Found<>(items.stream().map(mapper).toList(), total);
    }
}
