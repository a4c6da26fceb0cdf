package org.entente.web;

import java.sql.SQLException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The few PostgreSQL refusals that are the caller's doing and so a 4xx, never a 500, wherever they are
 * met: a unique value taken by a concurrent request (23505, after the service's own check passed), and —
 * as a last line behind the input checks — text PostgreSQL cannot store, a value too long for its column or
 * index, a date out of range.
 */
final class DatabaseStates {

  private record Meaning(HttpStatus status, String messageKey) {}

  private static final Map<String, Meaning> STATES = Map.of(
      "23505", new Meaning(HttpStatus.CONFLICT, "problem.duplicate"),
      "22021", new Meaning(HttpStatus.BAD_REQUEST, "problem.characters.body"),
      "22P05", new Meaning(HttpStatus.BAD_REQUEST, "problem.characters.body"),
      "22001", new Meaning(HttpStatus.BAD_REQUEST, "problem.too-long.body"),
      "54000", new Meaning(HttpStatus.BAD_REQUEST, "problem.too-long.body"),
      "22008", new Meaning(HttpStatus.BAD_REQUEST, "problem.date-range"));

  private DatabaseStates() {}

  private static @Nullable Meaning meaning(Throwable exception) {
    for (var cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null && STATES.containsKey(sql.getSQLState())) {
        return STATES.get(sql.getSQLState());
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  static @Nullable HttpStatus statusOf(Throwable exception) {
    var meaning = meaning(exception);
    return meaning == null ? null : meaning.status();
  }

  static String messageKey(Throwable exception) {
    var meaning = meaning(exception);
    return meaning == null ? "problem.internal" : meaning.messageKey();
  }
}
