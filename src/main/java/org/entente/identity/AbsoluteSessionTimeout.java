package org.entente.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted too long, however active (the idle time-out is Spring Session's). The
 * next request starts over as anonymous and is asked to sign in.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

  static final String STARTED = AbsoluteSessionTimeout.class.getName() + ".started";
  private final Duration limit;
  private final Clock clock;

  AbsoluteSessionTimeout(Duration limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var session = request.getSession(false);
    if (session != null) {
      // stamped by the application's clock, the one every other time rule here uses
      if (!(session.getAttribute(STARTED) instanceof Long started)) {
        session.setAttribute(STARTED, clock.millis());
      } else if (clock.millis() - started > limit.toMillis()) {
        session.invalidate();
      }
    }
    chain.doFilter(request, response);
  }
}
