package cn.gov.sucheng.worksafety.platform.paging;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * A page asked for by {@code page} and {@code size} query parameters, checked: a negative page or a size
 * outside 1..{@value Page#MAX_SIZE} is a 400 naming the parameter.
 */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0) {
            throw new InvalidException("page", "page must be 0 or more");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidException("size", "size must be between 1 and " + Page.MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? Page.DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
