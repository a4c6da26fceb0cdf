package org.entente.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.web.InvalidInput.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the API as RFC 9457 {@code application/problem+json}, in the caller's language, with the
 * request id and, for 400, each wrong parameter named. Never a stack trace, SQL or an internal id: those
 * go to the log under the same request id. Page requests are left to {@link ErrorPages}.
 */
@RestControllerAdvice
class ApiProblems {

  static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  private final MessageSource messages;

  ApiProblems(MessageSource messages) {
    this.messages = messages;
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/api/");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> handle(Exception exception, HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response, Locale locale) throws Exception {
    if (!isApi(request)) {
      var status = DatabaseStates.statusOf(exception);
      if (status != null) {
        // a page: the error page of that status (a duplicate is 409 there too, never 500)
        log.info("Refused on {} {}: {}", request.getMethod(), request.getRequestURI(), status);
        response.sendError(status.value());
        return null;
      }
      throw exception; // rethrown as is: the next resolver and the error page take it
    }
    var answer = describe(exception, locale);
    var problem = answer.problem();
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("requestId", RequestIdFilter.of(request));
    if (problem.getStatus() >= 500) {
      log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), exception);
    }
    return ResponseEntity.status(problem.getStatus())
        .headers(answer.headers())
        .contentType(PROBLEM_JSON)
        .body(problem);
  }

  private record Answer(ProblemDetail problem, HttpHeaders headers) {
    Answer(ProblemDetail problem) {
      this(problem, new HttpHeaders());
    }
  }

  private Answer describe(Exception exception, Locale locale) {
    return switch (exception) {
      case InvalidInput invalid -> new Answer(badRequest(invalid.violations(), locale));
      case Conflict conflict ->
          new Answer(problem(HttpStatus.CONFLICT, message(conflict.messageKey(), locale, conflict.arguments().toArray()), locale));
      case Unprocessable refused -> {
        var problem =
            problem(HttpStatus.UNPROCESSABLE_CONTENT, message(refused.messageKey(), locale, refused.arguments().toArray()), locale);
        problem.setProperty(
            "invalid-params",
            List.of(Map.of("name", refused.field(), "reason", message(refused.messageKey(), locale, refused.arguments().toArray()))));
        yield new Answer(problem);
      }
      case TooManyRequests slowDown -> {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, slowDown.retryAfter().toSeconds())));
        yield new Answer(problem(HttpStatus.TOO_MANY_REQUESTS, message(slowDown.messageKey(), locale), locale), headers);
      }
      case AuthenticationException ignored ->
          new Answer(problem(HttpStatus.UNAUTHORIZED, message("problem.unauthenticated", locale), locale));
      case AccessDeniedException ignored ->
          new Answer(problem(HttpStatus.FORBIDDEN, message("problem.forbidden", locale), locale));
      case NotFound notFound ->
          new Answer(
              problem(
                  HttpStatus.NOT_FOUND,
                  message("problem.not-found", locale, message("entity." + notFound.what(), locale), notFound.id()),
                  locale));
      case MethodArgumentTypeMismatchException mismatch ->
          new Answer(badRequest(List.of(typeMismatch(mismatch)), locale));
      case MissingServletRequestParameterException missing ->
          new Answer(
              badRequest(List.of(new Violation(missing.getParameterName(), "problem.required", List.of())), locale));
      case MethodArgumentNotValidException invalid ->
          new Answer(
              badRequest(
                  invalid.getBindingResult().getFieldErrors().stream()
                      .map(e -> new Violation(e.getField(), "problem.field", List.of(e.getDefaultMessage())))
                      .toList(),
                  locale));
      case HandlerMethodValidationException invalid ->
          new Answer(
              badRequest(
                  invalid.getParameterValidationResults().stream()
                      .map(
                          r ->
                              new Violation(
                                  r.getMethodParameter().getParameterName(),
                                  "problem.field",
                                  List.of(
                                      r.getResolvableErrors().stream()
                                          .map(e -> String.valueOf(e.getDefaultMessage()))
                                          .collect(Collectors.joining("; ")))))
                      .toList(),
                  locale));
      case HttpMessageNotReadableException unreadable -> {
        var field = JsonFields.violation(unreadable);
        yield field == null
            ? new Answer(problem(HttpStatus.BAD_REQUEST, message("problem.unreadable-body", locale), locale))
            : new Answer(badRequest(List.of(field), locale));
      }
      case NoResourceFoundException ignored ->
          new Answer(problem(HttpStatus.NOT_FOUND, message("problem.no-such-address", locale), locale));
      case HttpRequestMethodNotSupportedException method -> {
        var headers = new HttpHeaders();
        headers.setAllow(method.getSupportedHttpMethods() == null ? java.util.Set.of() : method.getSupportedHttpMethods());
        yield new Answer(
            problem(
                HttpStatus.METHOD_NOT_ALLOWED,
                message("problem.method", locale, method.getMethod(), String.join(", ", headers.getAllow().stream().map(Object::toString).toList())),
                locale),
            headers);
      }
      case HttpMediaTypeNotAcceptableException ignored ->
          new Answer(problem(HttpStatus.NOT_ACCEPTABLE, message("problem.not-acceptable", locale), locale));
      case HttpMediaTypeNotSupportedException unsupported ->
          new Answer(
              problem(
                  HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                  message("problem.unsupported-media-type", locale, String.valueOf(unsupported.getContentType())),
                  locale));
      case Exception other when DatabaseStates.statusOf(other) != null ->
          new Answer(problem(DatabaseStates.statusOf(other), message(DatabaseStates.messageKey(other), locale), locale));
      case ErrorResponse response when response.getStatusCode().is4xxClientError() ->
          new Answer(problem(response.getStatusCode(), message("problem.client-error", locale), locale));
      default -> new Answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, message("problem.internal", locale), locale));
    };
  }

  private Violation typeMismatch(MethodArgumentTypeMismatchException mismatch) {
    var type = mismatch.getRequiredType();
    if (type != null && type.isEnum()) {
      var values =
          Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
      return new Violation(mismatch.getName(), "problem.one-of", List.of(values));
    }
    if (type == LocalDate.class) {
      return new Violation(mismatch.getName(), "problem.date", List.of());
    }
    if (type != null && Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return new Violation(mismatch.getName(), "problem.number", List.of());
    }
    return new Violation(mismatch.getName(), "problem.malformed", List.of());
  }

  private ProblemDetail badRequest(List<Violation> violations, Locale locale) {
    var params =
        violations.stream()
            .map(v -> Map.of("name", v.name(), "reason", message(v.messageKey(), locale, v.arguments().toArray())))
            .toList();
    var names = violations.stream().map(Violation::name).distinct().collect(Collectors.joining(", "));
    var problem = problem(HttpStatus.BAD_REQUEST, message("problem.invalid", locale, names), locale);
    problem.setProperty("invalid-params", params);
    return problem;
  }

  private ProblemDetail problem(HttpStatusCode status, String detail, Locale locale) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(message("http." + status.value(), locale));
    return problem;
  }

  private String message(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, key, locale);
  }
}
