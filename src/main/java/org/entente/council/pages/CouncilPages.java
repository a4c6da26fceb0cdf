package org.entente.council.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.council.CouncilRegister;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat records and confirms decisions; others read what they may of the register. */
@Controller
class CouncilPages {

  private final CouncilRegister register;
  private final Guard guard;
  private final Clock clock;

  CouncilPages(CouncilRegister register, Guard guard, Clock clock) {
    this.register = register;
    this.guard = guard;
    this.clock = clock;
  }

  @GetMapping("/council")
  String register(@RequestParam(required = false) @Nullable String subjectType, @RequestParam(required = false) @Nullable String subjectId, Model model) {
    var typed = new HashMap<String, String>();
    typed.put("decidedOn", LocalDate.now(clock).toString());
    if (subjectType != null) typed.put("subject", subjectType + (subjectId == null ? ":" : ":" + subjectId));
    return show(model, Map.of(), typed, null);
  }

  private String show(Model model, Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation problem) {
    var caller = guard.caller();
    var mayRecord = caller.has(Permission.RECORD_DECISIONS_GLOBALLY);
    var agenda = caller.has(Permission.READ_DECISIONS_GLOBALLY) || mayRecord ? register.agenda() : List.<CouncilRegister.Request>of();
    model.addAttribute("view", new RegisterView(agenda, register.decisions(null, null, null), mayRecord, caller.username(), errors, typed, problem));
    return "council/register";
  }

  @PostMapping("/council/decisions")
  String propose(@RequestParam Map<String, String> submitted, Model model) {
    // the form picks the subject from the agenda as one value, TYPE:id (TYPE: for a subject not on the agenda)
    var form = new HashMap<>(submitted);
    var picked = form.getOrDefault("subject", "");
    if (picked.contains(":")) {
      form.put("subjectType", picked.substring(0, picked.indexOf(':')));
      form.put("subjectId", picked.substring(picked.indexOf(':') + 1));
    }
    LocalDate decidedOn;
    try {
      decidedOn = LocalDate.parse(form.getOrDefault("decidedOn", ""));
    } catch (DateTimeParseException e) {
      return show(model, Map.of("decidedOn", new Violation("decidedOn", "problem.date", List.of())), form, null);
    }
    var concerns = Arrays.stream(form.getOrDefault("concerns", "").split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    var text = new BilingualText(blank(form.get("textEn")), blank(form.get("textFr")));
    try {
      register.propose(new CouncilRegister.Proposal(form.get("reference"), decidedOn, form.get("subjectType"),
          blank(form.get("subjectId")), concerns, form.get("outcome"), text));
      return "redirect:/council";
    } catch (InvalidInput invalid) {
      var errors = new HashMap<String, Violation>();
      invalid.violations().forEach(v -> {
        var field = v.name().equals("subjectId") || v.name().equals("subjectType") ? "subject" : v.name();
        // a choice left empty is named in words; the API's list of codes is not for a page
        var choice = v.messageKey().startsWith("problem.") && (v.name().equals("outcome") || v.name().equals("subjectType"));
        errors.putIfAbsent(field, choice ? new Violation(field, "council.choose." + field, List.of()) : v);
      });
      return show(model, errors, form, null);
    } catch (Conflict conflict) {
      return show(model, Map.of("reference", new Violation("reference", conflict.messageKey(), conflict.arguments())), form, null);
    }
  }

  @PostMapping("/council/decisions/{id}/confirm")
  String confirm(@PathVariable UUID id, Model model) {
    try {
      register.confirm(id);
      return "redirect:/council";
    } catch (Conflict conflict) {
      return show(model, Map.of(), Map.of(), new Violation("decision", conflict.messageKey(), conflict.arguments()));
    }
  }

  @PostMapping("/council/decisions/{id}/withdraw")
  String withdraw(@PathVariable UUID id, Model model) {
    try {
      register.withdraw(id);
      return "redirect:/council";
    } catch (Conflict conflict) {
      return show(model, Map.of(), Map.of(), new Violation("decision", conflict.messageKey(), conflict.arguments()));
    }
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
