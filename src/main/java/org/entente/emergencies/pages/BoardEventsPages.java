package org.entente.emergencies.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.entente.emergencies.BoardStreams;
import org.entente.web.NotFound;
import org.entente.web.ProblemWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live boards' event streams (text/event-stream) for a signed-in reader: one incident's, all incidents'. Each
 * event is a revision ({@code id:} and {@code data:}); the page's script then fetches the board fragment. A reader
 * who may not see the incident gets 404 (problem+json), as one asking for an absent one; when the instance holds
 * as many streams as it may, 503 with {@code Retry-After} (the page keeps its slow poll).
 */
@Controller
class BoardEventsPages {

  private static final String RETRY_AFTER_SECONDS = "10";

  private final BoardStreams streams;
  private final ProblemWriter problems;

  BoardEventsPages(BoardStreams streams, ProblemWriter problems) {
    this.streams = streams;
    this.problems = problems;
  }

  @GetMapping("/emergencies/{id}/events")
  @Nullable SseEmitter incidentEvents(@PathVariable UUID id, @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String last,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      return prepared(streams.incident(id, last), response);
    } catch (NotFound absent) {
      problems.write(request, response, HttpStatus.NOT_FOUND, "problem.no-such-address");
      return null;
    } catch (BoardStreams.Full full) {
      refuse(request, response);
      return null;
    }
  }

  @GetMapping("/emergencies/events")
  @Nullable SseEmitter allEvents(@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String last,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      return prepared(streams.all(last), response);
    } catch (BoardStreams.Full full) {
      refuse(request, response);
      return null;
    }
  }

  private static SseEmitter prepared(SseEmitter emitter, HttpServletResponse response) {
    // no proxy may hold the events back
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("X-Accel-Buffering", "no");
    return emitter;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "emergencies.streams.full");
  }
}
