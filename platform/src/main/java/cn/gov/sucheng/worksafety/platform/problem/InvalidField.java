package cn.gov.sucheng.worksafety.platform.problem;

import org.jspecify.annotations.Nullable;

/**
 * One offending field of a request and what is wrong with it, as listed under a problem's {@code errors}. Both are
 * always present, as the published Problem schema promises: a constraint without a message of its own says
 * "is invalid", an error on no named field names the request's body.
 */
public record InvalidField(String field, String message) {

    public InvalidField(@Nullable String field, @Nullable String message) {
        this.field = field == null || field.isBlank() ? "body" : field;
        this.message = message == null || message.isBlank() ? "is invalid" : message;
    }
}
