package org.entente.science.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Permission;
import org.entente.languages.BilingualText;
import org.entente.science.ScienceCalls;
import org.entente.science.SciencePanel;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff's SPS pages: a new call (key priorities, mechanisms, deadline, the panel's dates), its publication and
 * closing, and the review panel (experts nominated by nations, their appointment, the conflicts they declared);
 * nations' coordinators nominate their experts there too. Forms without JavaScript; a refusal beside its field,
 * with what was typed kept.
 */
@Controller
class ScienceStaffPages {

  private static final Paging ALL = new Paging(0, Paging.MAX_SIZE);
  private final ScienceCalls scienceCalls;
  private final SciencePanel panel;

  ScienceStaffPages(ScienceCalls scienceCalls, SciencePanel panel) {
    this.scienceCalls = scienceCalls;
    this.panel = panel;
  }

  private static boolean staff() {
    return Callers.current().map(c -> c.has(Permission.MANAGE_SCIENCE_GLOBALLY)).orElse(false);
  }

  private static void requireStaff() {
    if (!staff()) throw new AccessDeniedException("requires " + Permission.MANAGE_SCIENCE_GLOBALLY);
  }

  // ------------------------------------------------------------------ calls

  @GetMapping("/science/calls/new")
  String newCall(Model model) {
    requireStaff();
    model.addAttribute("view", new FormView(Map.of(), Map.of(), null, List.of()));
    return "science/call-new";
  }

  @PostMapping("/science/calls")
  String createCall(@RequestParam MultiValueMap<String, String> form, Model model) {
    requireStaff();
    var typed = new HashMap<String, String>();
    form.forEach((k, v) -> typed.put(k, String.join(",", v)));
    var errors = new LinkedHashMap<String, Violation>();
    var deadline = date(form.getFirst("deadline"), "deadline", errors);
    var from = date(form.getFirst("panelFrom"), "panelFrom", errors);
    var to = date(form.getFirst("panelTo"), "panelTo", errors);
    var input = new ScienceCalls.NewCall(new BilingualText(form.getFirst("titleEn"), form.getFirst("titleFr")),
        form.getOrDefault("priorities", List.of()), form.getOrDefault("mechanisms", List.of()), deadline, from, to);
    try {
      if (!errors.isEmpty()) throw new InvalidInput(new ArrayList<>(errors.values()));
      var call = scienceCalls.createCall(input);
      return "redirect:/science/calls/" + call.id() + "?created";
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name(), v));
      model.addAttribute("view", new FormView(errors, typed, null, List.of()));
      return "science/call-new";
    }
  }

  @PostMapping("/science/calls/{id}/publish")
  String publish(@PathVariable UUID id) {
    try {
      scienceCalls.publish(id);
      return "redirect:/science/calls/" + id;
    } catch (Conflict conflict) {
      return "redirect:/science/calls/" + id + "?refused=" + conflict.messageKey();
    }
  }

  @PostMapping("/science/calls/{id}/close")
  String close(@PathVariable UUID id) {
    try {
      scienceCalls.close(id);
      return "redirect:/science/calls/" + id;
    } catch (Conflict conflict) {
      return "redirect:/science/calls/" + id + "?refused=" + conflict.messageKey();
    }
  }

  // ------------------------------------------------------------------ the panel

  @GetMapping("/science/panel")
  String panel(Model model) {
    return panel(Map.of(), Map.of(), null, List.of(), model);
  }

  private String panel(Map<String, Violation> errors, Map<String, String> typed, @Nullable String problem, List<Object> arguments,
      Model model) {
    var caller = Callers.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    var staff = staff();
    if (!staff && !caller.has(Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION)) {
      throw new AccessDeniedException("requires " + Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION);
    }
    var nations = staff ? List.<String>of()
        : caller.organisationsWith(Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION).stream().sorted().toList();
    model.addAttribute("view", new PanelView(panel.panel(ALL).items(), staff ? panel.conflicts() : List.of(), staff, nations,
        new FormView(errors, typed, problem, arguments)));
    return "science/panel";
  }

  @PostMapping("/science/panel")
  String nominate(@RequestParam Map<String, String> form, Model model) {
    try {
      panel.nominateByUsername(form.get("account"), form.get("nation"));
      return "redirect:/science/panel?nominated";
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return panel(errors, form, null, List.of(), model);
    } catch (Conflict conflict) {
      return panel(Map.of(), form, conflict.messageKey(), new ArrayList<>(conflict.arguments()), model);
    }
  }

  @PostMapping("/science/panel/{account}/appoint")
  String appoint(@PathVariable UUID account, Model model) {
    try {
      panel.appoint(account);
      return "redirect:/science/panel";
    } catch (Conflict conflict) {
      return panel(Map.of(), Map.of(), conflict.messageKey(), new ArrayList<>(conflict.arguments()), model);
    }
  }

  private static @Nullable LocalDate date(@Nullable String raw, String field, Map<String, Violation> errors) {
    if (raw == null || raw.isBlank()) return null;
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, new Violation(field, "science.date.invalid", List.of()));
      return null;
    }
  }
}
