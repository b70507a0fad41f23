package cn.gov.sucheng.worksafety.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.platform.data.DatabaseFailure;
import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;
import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;
import cn.gov.sucheng.worksafety.platform.domain.DomainException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.problem.InvalidField;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import cn.gov.sucheng.worksafety.platform.web.input.InputRules;
import cn.gov.sucheng.worksafety.platform.web.input.InputRulesModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a servlet service into {@code application/problem+json} with a stable
 * {@code type}; validation answers list the offending fields under {@code errors}, and every problem carries the
 * {@code requestId} of the call, as the published Problem schema says. A client's mistake never becomes a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler implements ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    // "Character decoding failed. Parameter [town] with value [...] has been ignored. ...": a name that is itself
    // undecodable does not match, and the answer names the query string.
    private static final Pattern TOMCAT_PARAMETER = Pattern.compile("Parameter \\[([A-Za-z][A-Za-z0-9_.-]{0,99})\\]");

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException ex, HttpServletRequest request) {
        if (ex instanceof InvalidException invalid) {
            return validationProblem(invalid.violations().stream()
                    .map(v -> new InvalidField(v.field(), v.message())).toList());
        }
        ResponseEntity<Object> answer;
        if (ex instanceof NotFoundException) {
            answer = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", ex);
        }
        else if (ex instanceof StaleVersionException) {
            // The ETag a client sent in If-Match no longer matches: that is what 412 means. A version in the body
            // is part of the representation, and a stale one a conflict.
            answer = request.getHeader(HttpHeaders.IF_MATCH) != null
                    ? problem(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED, "Precondition failed", ex)
                    : problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Stale version", ex);
        }
        else if (ex instanceof AlreadyExistsException) {
            answer = problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Already exists", ex);
        }
        else if (ex instanceof ConflictException) {
            answer = problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", ex);
        }
        else if (ex instanceof UnprocessableException) {
            answer = problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNPROCESSABLE, "Unprocessable request", ex);
        }
        else if (ex instanceof DependencyUnavailableException) {
            // Nothing was written; the same request may simply be sent again once the sibling is back.
            answer = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                            "Dependency unavailable", ex).getBody());
        }
        else {
            return unexpected(ex);
        }
        if (answer.getBody() instanceof ProblemDetail body) {
            ex.facts().forEach(body::setProperty);
        }
        return answer;
    }

    /**
     * A failed database call. A lock held longer than the lock timeout, or a database briefly out of reach, is
     * 503 busy: the caller may simply retry. A constraint that refused the write (a unique key taken by a
     * concurrent request, say) is 409: the transaction rolled back, so nothing was half written.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Object> databaseFailure(DataAccessException ex) {
        switch (DatabaseFailure.of(ex)) {
            case BUSY: {
                log.warn("database busy: {}", ex.getMostSpecificCause().getMessage());
                ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "The record is being changed by another request, or the database is briefly unavailable; "
                                + "retry in a moment.");
                body.setType(ProblemTypes.BUSY);
                body.setTitle("Busy");
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                        .body(body);
            }
            case CONCURRENT_CHANGE:
            case DUPLICATE:
            case INTEGRITY: {
                log.warn("write refused by the database: {}", ex.getMostSpecificCause().getMessage());
                ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The change conflicts with "
                        + "what is recorded (a concurrent change, or a duplicate); read again and retry.");
                body.setType(ProblemTypes.CONFLICT);
                body.setTitle("Conflict");
                return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
            }
            default:
                return unexpected(ex);
        }
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<InvalidField> errors = ex.getConstraintViolations().stream()
                .map(v -> new InvalidField(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return validationProblem(errors);
    }

    /**
     * Tomcat refuses a query string whose percent-encoded bytes are not UTF-8 when the parameters are first read;
     * the client's mistake, named by the parameter Tomcat names.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameter(InvalidParameterException ex) {
        Matcher named = TOMCAT_PARAMETER.matcher(String.valueOf(ex.getMessage()));
        String field = named.find() ? named.group(1) : "query";
        return validationProblem(List.of(new InvalidField(field,
                "is not valid UTF-8 once percent-decoded; encode the text as UTF-8")));
    }

    /** A JSON body in another charset than UTF-8 (RFC 8259): 415 rather than text read into mojibake. */
    @ExceptionHandler(JsonBodyCharset.NotUtf8Exception.class)
    ResponseEntity<Object> notUtf8(JsonBodyCharset.NotUtf8Exception ex) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", ex);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("unexpected failure", ex);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service failed to handle the request; it has been logged.");
        body.setType(ProblemTypes.INTERNAL);
        return ResponseEntity.internalServerError().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new InvalidField(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> errors.add(new InvalidField(e.getObjectName(), e.getDefaultMessage())));
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> new InvalidField(r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        InputRules.RefusedInput refused = findCause(ex, InputRules.RefusedInput.class);
        String message = refused != null ? field + " " + refused.getMessage()
                : "has the wrong type: '" + ex.getValue() + "'";
        return validationProblem(List.of(new InvalidField(field, message)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(List.of(new InvalidField(ex.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            return validationProblem(List.of(new InvalidField(missing.getHeaderName(), "header is required")));
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException jackson = findCause(ex, JacksonException.class);
        // Readable JSON with a value of the wrong kind in a named field is that field's fault: a validation problem.
        if (jackson instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = pathOf(mismatch);
            String message = mismatch instanceof InputRulesModule.RefusedValue refused
                    ? field + " " + refused.getOriginalMessage() : describe(mismatch);
            return validationProblem(List.of(new InvalidField(field, message)));
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this resource.");
        body.setType(ProblemTypes.MALFORMED_REQUEST);
        body.setTitle("Malformed request");
        if (jackson != null && !jackson.getPath().isEmpty()) {
            String field = pathOf(jackson);
            body.setDetail("Not valid JSON at: " + field);
            body.setProperty("errors", List.of(new InvalidField(field, "cannot be read")));
        }
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own answers (404 without handler, 405, 415, …) get a stable type too.
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            body = errorResponse.getBody();
        }
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(typeFor(statusCode));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    // Says what was wrong with a value without naming Java classes.
    private static String describe(MismatchedInputException mismatch) {
        if (mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
            }
            return "must be " + switch (target.getSimpleName()) {
                case "Integer", "int", "Long", "long", "Short", "short" -> "an integer";
                case "Double", "double", "Float", "float", "BigDecimal" -> "a number";
                case "Boolean", "boolean" -> "true or false";
                case "UUID" -> "a UUID";
                case "OffsetDateTime", "Instant", "ZonedDateTime" -> "an ISO-8601 date-time with offset";
                case "LocalDate" -> "an ISO-8601 date (yyyy-MM-dd)";
                case "String" -> "a string";
                default -> "a " + target.getSimpleName();
            };
        }
        return "cannot be read";
    }

    // The JSON path of the offending value, as a client writes it: substances[0].name
    private static String pathOf(JacksonException ex) {
        return ex.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ResponseEntity<Object> problem(HttpStatus status, URI type, String title, Exception ex) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        body.setType(type);
        body.setTitle(title);
        return ResponseEntity.status(status).body(body);
    }

    private static URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemTypes.MALFORMED_REQUEST;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 409 -> ProblemTypes.CONFLICT;
            case 412 -> ProblemTypes.PRECONDITION_FAILED;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ProblemTypes.UNPROCESSABLE;
            case 503 -> ProblemTypes.SERVICE_UNAVAILABLE;
            default -> status.is5xxServerError() ? ProblemTypes.INTERNAL : ProblemTypes.MALFORMED_REQUEST;
        };
    }

    private static ResponseEntity<Object> validationProblem(List<InvalidField> errors) {
        String fields = errors.stream().map(InvalidField::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid field(s): " + fields);
        body.setType(ProblemTypes.VALIDATION);
        body.setTitle("Validation failed");
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey(RequestIds.PROBLEM_MEMBER))) {
            String requestId = RequestIds.current();
            if (requestId != null) {
                problem.setProperty(RequestIds.PROBLEM_MEMBER, requestId);
            }
        }
        return body;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
