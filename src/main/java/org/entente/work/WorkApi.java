package org.entente.work;

import java.util.Locale;
import org.entente.access.Guard;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The start page's items over HTTP, so that a national system can show them too. */
@RestController
class WorkApi {

  private final WorkBoard board;
  private final Guard guard;

  WorkApi(WorkBoard board, Guard guard) {
    this.board = board;
    this.guard = guard;
  }

  @GetMapping("/api/v1/me/work")
  WorkBoard.Board mine(Locale locale) {
    return board.board(guard.caller(), locale);
  }
}
