package org.entente.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entente.web.InvalidInput.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * The first check of every request, before security, controllers or any query: each query parameter, form
 * field and path segment must be text PostgreSQL can store ({@link Texts}) and no longer than
 * {@link Texts#MAX}. A wrong one answers 400 naming every parameter at fault (problem+json under
 * {@code /api/}, the error page elsewhere). JSON bodies are checked field by field by {@link StrictJson},
 * imported files by the import's own parser.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2) // after the request id and load shedding, before security
class InputFilter extends OncePerRequestFilter {

  private final ProblemWriter problems;

  InputFilter(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var violations = violations(request);
    if (violations.isEmpty()) {
      chain.doFilter(request, response);
    } else if (request.getRequestURI().startsWith("/api/")) {
      problems.writeInvalid(request, response, violations);
    } else {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  static List<Violation> violations(HttpServletRequest request) {
    var violations = new ArrayList<Violation>();
    String path;
    try {
      path = UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      path = "\u0000"; // an encoding that does not decode is refused like a forbidden character
    }
    Texts.check("path", path, Texts.MAX, violations);
    Iterable<java.util.Map.Entry<String, String[]>> parameters;
    try {
      parameters = request.getParameterMap().entrySet();
    } catch (RuntimeException e) {
      return violations; // a body the container cannot read as parameters: the controller's reader decides
    }
    for (var parameter : parameters) {
      var name = parameter.getKey();
      if (Texts.badCharacters(name) != null || name.length() > 200) {
        violations.add(new Violation(printable(name), "problem.characters", List.of()));
        continue;
      }
      for (var value : parameter.getValue()) {
        if (!Texts.check(name, value, Texts.MAX, violations)) {
          break;
        }
      }
    }
    return violations;
  }

  private static String printable(String name) {
    var cleaned = new StringBuilder();
    name.codePoints().limit(50).forEach(c -> cleaned.appendCodePoint(c == 0 || (c >= 0xD800 && c <= 0xDFFF) ? '?' : c));
    return cleaned.toString();
  }
}
