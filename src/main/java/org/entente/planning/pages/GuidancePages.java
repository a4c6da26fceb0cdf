package org.entente.planning.pages;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Permission;
import org.entente.languages.BilingualText;
import org.entente.planning.MinisterialGuidance;
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

/** The ministerial guidance's pages: its versions (the one in force first), a version's text, staff's forms. */
@Controller
class GuidancePages {

  private final MinisterialGuidance guidance;

  GuidancePages(MinisterialGuidance guidance) {
    this.guidance = guidance;
  }

  @GetMapping("/planning/guidance")
  String list(Model model) {
    return list(null, Map.of(), Map.of(), model);
  }

  private String list(@Nullable String notice, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    var caller = Callers.current().orElseThrow(() -> new NotFound("page", "/planning/guidance"));
    var versions = guidance.list(new Paging(0, Paging.MAX_SIZE)).items();
    model.addAttribute("view", new GuidanceView(versions, null, caller.has(Permission.MANAGE_PLANNING_GLOBALLY), notice, errors, typed));
    return "planning/guidance";
  }

  @GetMapping("/planning/guidance/{id}")
  String version(@PathVariable UUID id, Model model) {
    return version(id, null, Map.of(), Map.of(), model);
  }

  private String version(UUID id, @Nullable String notice, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    var caller = Callers.current().orElseThrow(() -> new NotFound("guidance", id.toString()));
    var v = guidance.version(id);
    model.addAttribute("view", new GuidanceView(List.of(), v, caller.has(Permission.MANAGE_PLANNING_GLOBALLY), notice, errors, typed));
    return "planning/guidance-version";
  }

  @PostMapping("/planning/guidance")
  String draft(@RequestParam Map<String, String> form, Model model) {
    Integer year = null;
    try {
      year = Integer.valueOf(form.getOrDefault("year", "").strip());
    } catch (NumberFormatException e) {
      return list(null, Map.of("year", new Violation("year", "planning.year.even", List.of(form.getOrDefault("year", "")))), form, model);
    }
    try {
      var made = guidance.draft(input(year, form));
      return "redirect:/planning/guidance/" + made.id();
    } catch (InvalidInput invalid) {
      return list(null, fields(invalid), form, model);
    } catch (Conflict conflict) {
      return list(conflict.messageKey(), Map.of(), form, model);
    }
  }

  @PostMapping("/planning/guidance/{id}")
  String revise(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    try {
      guidance.revise(id, input(null, form));
      return "redirect:/planning/guidance/" + id;
    } catch (InvalidInput invalid) {
      return version(id, null, fields(invalid), form, model);
    } catch (Conflict conflict) {
      return version(id, conflict.messageKey(), Map.of(), form, model);
    }
  }

  @PostMapping("/planning/guidance/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    try {
      guidance.transition(id, form.get("to"));
      return "redirect:/planning/guidance/" + id;
    } catch (InvalidInput invalid) {
      return version(id, invalid.violations().getFirst().messageKey(), Map.of(), form, model);
    } catch (Conflict conflict) {
      return version(id, conflict.messageKey(), Map.of(), form, model);
    }
  }

  private static MinisterialGuidance.GuidanceInput input(@Nullable Integer year, Map<String, String> form) {
    return new MinisterialGuidance.GuidanceInput(year, new BilingualText(form.get("titleEn"), form.get("titleFr")),
        new BilingualText(form.get("textEn"), form.get("textFr")));
  }

  private static Map<String, Violation> fields(InvalidInput invalid) {
    var errors = invalid.byField();
    return errors;
  }
}
