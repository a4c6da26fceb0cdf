package org.entente.catalogue.pages;

import java.util.List;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.catalogue.Catalogue;
import org.entente.catalogue.MenuSearch;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's curation of the menu in the browser: the activities submitted for publication, each published,
 * returned to its provider with a reason, or withdrawn with a reason (the catalogue's workflow decides; an
 * illegal move is refused in place).
 */
@Controller
class CurationPages {

  static final int SHOWN = 100;
  private final Catalogue catalogue;
  private final MenuSearch search;
  private final Guard guard;

  CurationPages(Catalogue catalogue, MenuSearch search, Guard guard) {
    this.catalogue = catalogue;
    this.search = search;
    this.guard = guard;
  }

  @GetMapping("/menu/curation")
  String submitted(@RequestParam(defaultValue = "") String q, Model model) {
    guard.require(Permission.CURATE_ACTIVITIES_GLOBALLY);
    var results = search.activities(new MenuSearch.Query(null, null, null, null, null, null, null, null, null, null, "SUBMITTED",
        "title", 0, SHOWN));
    var published = q.isBlank() ? List.<org.entente.catalogue.Activity>of()
        : search.activities(new MenuSearch.Query(q.strip(), null, null, null, null, null, null, null, null, null, "PUBLISHED", null,
            0, 20)).items().stream().map(MenuSearch.Hit::activity).toList();
    model.addAttribute("view", new CurationView(results.items().stream().map(MenuSearch.Hit::activity).toList(), results.total(),
        q, published, (CurationView.Outcome) model.getAttribute("outcome")));
    return "menu/curation";
  }

  @PostMapping("/menu/curation/{code}")
  String decide(@PathVariable String code, @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String reason,
      RedirectAttributes redirect) {
    try {
      var moved = catalogue.transition(code, to, reason);
      redirect.addFlashAttribute("outcome", new CurationView.Outcome("curation.done." + moved.status().name(),
          List.of(moved.code()), false));
    } catch (Conflict refused) {
      redirect.addFlashAttribute("outcome", new CurationView.Outcome(refused.messageKey(),
          refused.arguments().stream().map(String::valueOf).toList(), true));
    } catch (InvalidInput invalid) {
      var first = invalid.violations().getFirst();
      redirect.addFlashAttribute("outcome", new CurationView.Outcome(first.messageKey(),
          first.arguments().stream().map(String::valueOf).toList(), true));
    }
    return "redirect:/menu/curation";
  }
}
