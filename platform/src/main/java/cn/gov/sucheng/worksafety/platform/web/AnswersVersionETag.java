package cn.gov.sucheng.worksafety.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint's success answers carry the record's version as a strong ETag ({@link VersionPreconditions#etag}),
 * the value a client sends back in {@code If-Match}. The published document declares the header on its 2xx
 * responses from this mark, since springdoc cannot see a header set on a {@code ResponseEntity}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersVersionETag {
}
