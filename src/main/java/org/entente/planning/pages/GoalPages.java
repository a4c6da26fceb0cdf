package org.entente.planning.pages;

import static org.entente.web.Texts.blank;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.capabilities.Capabilities;
import org.entente.directory.Directory;
import org.entente.languages.BilingualText;
import org.entente.planning.GoalLinks;
import org.entente.programmes.Programmes;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A partnership goal's page: the activities that serve it with the partner's attendance, its declared units, and the forms to link them. */
@Controller
class GoalPages {

  private final GoalLinks links;
  private final Programmes programmes;
  private final Capabilities capabilities;
  private final Directory directory;

  GoalPages(GoalLinks links, Programmes programmes, Capabilities capabilities, Directory directory) {
    this.links = links;
    this.programmes = programmes;
    this.capabilities = capabilities;
    this.directory = directory;
  }

  @GetMapping("/planning/cycles/{id}/goals/{code}")
  String goal(@PathVariable UUID id, @PathVariable String code, Model model) {
    return show(id, code, null, Map.of(), Map.of(), model);
  }

  private String show(UUID id, String code, @Nullable String notice, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    var page = links.goal(id, code);
    var partner = page.cycle().partner();
    List<GoalView.Choice> programmeChoices = List.of();
    List<GoalView.Choice> unitChoices = List.of();
    if (page.mayLink()) {
      programmeChoices = programmes.list(partner, null).stream().map(p -> new GoalView.Choice(p.id().toString(), programmes.title(p))).toList();
      unitChoices = capabilities.units(partner, null, new Paging(0, Paging.MAX_SIZE)).items().stream()
          .filter(u -> page.units().stream().noneMatch(l -> l.unit().equals(u.id())))
          .map(u -> new GoalView.Choice(u.id().toString(), u.name())).toList();
    }
    var name = directory.organisation(partner, directory.today()).map(o -> o.name()).orElse(BilingualText.of(partner, partner));
    model.addAttribute("view", new GoalView(page, name, programmeChoices, unitChoices, notice, errors, typed));
    return "planning/goal";
  }

  @PostMapping("/planning/cycles/{id}/goals/{code}/links")
  String link(@PathVariable UUID id, @PathVariable String code, @RequestParam Map<String, String> form, Model model) {
    UUID programme = null;
    UUID unit = null;
    try {
      programme = blank(form.get("programme")) == null ? null : UUID.fromString(form.get("programme").strip());
      unit = blank(form.get("unit")) == null ? null : UUID.fromString(form.get("unit").strip());
    } catch (IllegalArgumentException e) {
      return show(id, code, "planning.link.unit.other", Map.of(), form, model);
    }
    try {
      links.link(id, code, new GoalLinks.NewLink(blank(form.get("activity")), programme, unit));
      return "redirect:/planning/cycles/" + id + "/goals/" + code.strip().toUpperCase(java.util.Locale.ROOT);
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return show(id, code, null, errors, form, model);
    } catch (Conflict conflict) {
      return show(id, code, conflict.messageKey(), Map.of(), form, model);
    }
  }

  @PostMapping("/planning/cycles/{id}/goals/{code}/links/{link}/remove")
  String unlink(@PathVariable UUID id, @PathVariable String code, @PathVariable UUID link, Model model) {
    try {
      links.unlink(id, code, link);
      return "redirect:/planning/cycles/" + id + "/goals/" + code.strip().toUpperCase(java.util.Locale.ROOT);
    } catch (Conflict conflict) {
      return show(id, code, conflict.messageKey(), Map.of(), Map.of(), model);
    } catch (NotFound gone) {
      return "redirect:/planning/cycles/" + id + "/goals/" + code.strip().toUpperCase(java.util.Locale.ROOT);
    }
  }
}
