package org.entente.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details where Spring MVC does not reach: the security filters (401, 403) and the error
 * dispatch. Same shape and language as {@link ApiProblems}.
 */
@Component
public class ProblemWriter {

  private final MessageSource messages;
  private final JsonMapper json;

  ProblemWriter(MessageSource messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
  }

  public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey,
      Object... arguments) throws IOException {
    var locale = locale(request);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", messages.getMessage("http." + status.value(), null, status.getReasonPhrase(), locale));
    problem.put("status", status.value());
    problem.put("detail", messages.getMessage(messageKey, arguments, messageKey, locale));
    problem.put("instance", instance(request));
    problem.put("requestId", RequestIdFilter.of(request));
    response.setStatus(status.value());
    response.setContentType(ApiProblems.PROBLEM_JSON.toString());
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }

  /** A 400 naming each wrong parameter, as {@link ApiProblems} writes it. */
  public void writeInvalid(HttpServletRequest request, HttpServletResponse response, java.util.List<InvalidInput.Violation> violations)
      throws IOException {
    var locale = locale(request);
    var names = violations.stream().map(InvalidInput.Violation::name).distinct().collect(java.util.stream.Collectors.joining(", "));
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", messages.getMessage("http.400", null, "Bad Request", locale));
    problem.put("status", 400);
    problem.put("detail", messages.getMessage("problem.invalid", new Object[] {names}, "problem.invalid", locale));
    problem.put("instance", instance(request));
    problem.put("requestId", RequestIdFilter.of(request));
    problem.put("invalid-params", violations.stream()
        .map(v -> Map.of("name", v.name(), "reason", messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)))
        .toList());
    response.setStatus(400);
    response.setContentType(ApiProblems.PROBLEM_JSON.toString());
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }

  private static String instance(HttpServletRequest request) {
    return request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
        ? uri
        : request.getRequestURI();
  }

  private static Locale locale(HttpServletRequest request) {
    var resolver = RequestContextUtils.getLocaleResolver(request);
    return resolver != null ? resolver.resolveLocale(request) : request.getLocale();
  }
}
