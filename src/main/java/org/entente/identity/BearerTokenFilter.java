package org.entente.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.entente.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer ent_…}: the caller the token stands for, for this request only (no session).
 * An unknown, expired or revoked token is refused with 401 rather than treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";
  private final Tokens tokens;
  private final ProblemWriter problems;

  /** The metrics scraper's own token ({@code entente.metrics.token}), good for {@link #METRICS} only; empty: none. */
  private final byte[] metricsToken;
  static final String METRICS = "/actuator/prometheus";
  static final String SCRAPE_AUTHORITY = "METRICS_SCRAPE";

  BearerTokenFilter(Tokens tokens, ProblemWriter problems) {
    this(tokens, problems, "");
  }

  BearerTokenFilter(Tokens tokens, ProblemWriter problems, String metricsToken) {
    this.tokens = tokens;
    this.problems = problems;
    this.metricsToken = metricsToken.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static String token(HttpServletRequest request) {
    var header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
        ? header.substring(PREFIX.length()).strip()
        : null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var token = token(request);
    if (token == null) {
      chain.doFilter(request, response);
      return;
    }
    if (metricsToken.length > 0 && METRICS.equals(request.getRequestURI())
        && java.security.MessageDigest.isEqual(metricsToken, token.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
          "metrics-scraper", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(SCRAPE_AUTHORITY))));
      SecurityContextHolder.setContext(context);
      try {
        chain.doFilter(request, response);
      } finally {
        SecurityContextHolder.clearContext();
      }
      return;
    }
    var caller = tokens.resolve(token);
    if (caller.isEmpty()) {
      problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.token-invalid");
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new CallerAuthentication(caller.get(), "token"));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
