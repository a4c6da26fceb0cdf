package org.entente.work.pages;

import java.util.Locale;
import org.entente.access.Callers;
import org.entente.work.WorkBoard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door: for a visitor, what Entente is and where to go; once signed in, what needs this person now
 * (every module's items, counted, each linking to where it is done), then the shortcuts of their daily work.
 */
@Controller
class StartPage {

  private final WorkBoard board;

  StartPage(WorkBoard board) {
    this.board = board;
  }

  @GetMapping("/")
  String home(Locale locale, Model model) {
    var caller = Callers.current();
    if (caller.isEmpty()) {
      return "home";
    }
    model.addAttribute("board", board.board(caller.get(), locale));
    return "work/start";
  }
}
