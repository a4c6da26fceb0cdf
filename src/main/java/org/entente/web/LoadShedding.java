package org.entente.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Load shedding: at most {@code entente.load-shedding.max-in-flight} requests are served at once; one more
 * waits at most {@code entente.load-shedding.max-wait} for a place, then gets 503 with {@code Retry-After}
 * at once. Without it, an overload queues every request for a database connection until all of them time
 * out together; with it the service keeps serving what it can and tells the rest to come back. Health
 * probes are never shed: an orchestrator must not restart a service for being busy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after RequestIdFilter, so that a shed request has an id; before security
class LoadShedding extends OncePerRequestFilter {

  static final String SHED_METRIC = "entente.requests.shed";
  static final String RETRY_AFTER_SECONDS = "1";

  private final Semaphore places;
  private final int maxInFlight;
  private final Duration maxWait;
  private final Counter shed;
  private final ProblemWriter problems;

  LoadShedding(
      @Value("${entente.load-shedding.max-in-flight:0}") int configured,
      @Value("${entente.load-shedding.max-wait:50ms}") Duration maxWait,
      @Value("${spring.datasource.hikari.maximum-pool-size:10}") int databasePool,
      MeterRegistry meters,
      ProblemWriter problems) {
    // by default twice the database pool: enough to keep every connection busy while other requests do their
    // Java work (token check, JSON), few enough that a request let in does not wait long for a connection
    this.maxInFlight = configured > 0 ? configured : 2 * Math.max(1, databasePool);
    this.places = new Semaphore(maxInFlight, true);
    this.maxWait = maxWait;
    this.problems = problems;
    this.shed = Counter.builder(SHED_METRIC)
        .description("Requests answered 503 at once because too many were in flight (load shedding)")
        .register(meters);
    meters.gauge("entente.requests.in-flight", places, p -> maxInFlight - p.availablePermits());
  }

  int maxInFlight() {
    return maxInFlight;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean admitted;
    try {
      admitted = places.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      shed.increment();
      response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
      problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.overloaded");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      places.release();
    }
  }
}
