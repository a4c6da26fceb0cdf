package org.entente.prioritisation.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.entente.access.Callers;
import org.entente.languages.BilingualText;
import org.entente.prioritisation.Consideration;
import org.entente.catalogue.Catalogue;
import org.entente.directory.Directory;
import org.entente.prioritisation.Allocations;
import org.entente.prioritisation.PartnerProfiles;
import org.entente.prioritisation.Weights;
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

/**
 * The prioritisation pages: partners' profiles (the considerations in force with their evidence), one partner's
 * profile with its history and staff's forms. Every change is a form that works without JavaScript; a refusal is
 * shown beside its field with what was typed kept.
 */
@Controller
class PrioritisationPages {

  private final PartnerProfiles profiles;
  private final Weights weights;
  private final Allocations allocations;
  private final Catalogue catalogue;
  private final Directory directory;
  private final org.entente.prioritisation.WhatIfs whatIfs;

  PrioritisationPages(PartnerProfiles profiles, Weights weights, Allocations allocations, Catalogue catalogue, Directory directory,
      org.entente.prioritisation.WhatIfs whatIfs) {
    this.whatIfs = whatIfs;
    this.profiles = profiles;
    this.weights = weights;
    this.allocations = allocations;
    this.catalogue = catalogue;
    this.directory = directory;
  }

  @GetMapping("/prioritisation")
  String overview(@RequestParam(defaultValue = "") String on, Model model) {
    Callers.current().orElseThrow(() -> new NotFound("page", "/prioritisation"));
    LocalDate day = null;
    boolean invalid = false;
    try {
      day = date(on);
    } catch (InvalidInput wrong) {
      invalid = true;
    }
    if (day != null && day.isBefore(LocalDate.of(1994, 1, 1))) invalid = true;
    if (invalid) day = null;
    var list = profiles.profiles(day, new Paging(0, Paging.MAX_SIZE)).items();
    model.addAttribute("view", new ProfilesView(list, Consideration.OF_PARTNER, day == null ? profiles.today() : day, profiles.keeps(), on, invalid, weights.current(),
        Callers.current().map(c -> c.has(org.entente.access.Permission.READ_PRIORITISATION_GLOBALLY)
            || c.has(org.entente.access.Permission.READ_PRIORITISATION_FOR_OWN_ORGANISATION)
            || c.has(org.entente.access.Permission.ALLOCATE_SEATS_FOR_OWN_ORGANISATION)).orElse(false)));
    return "prioritisation/profiles";
  }

  @GetMapping("/prioritisation/profiles/{partner}")
  String profile(@PathVariable String partner, Model model) {
    return profile(partner, null, Map.of(), Map.of(), model);
  }

  private String profile(String partner, @Nullable String notice, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    var profile = profiles.profile(partner, null);
    var history = profiles.history(profile.partner(), new Paging(0, Paging.MAX_SIZE)).items();
    model.addAttribute("view", new ProfileView(profile, Consideration.OF_PARTNER, history, profiles.keeps(), notice, errors, typed));
    return "prioritisation/profile";
  }

  @PostMapping("/prioritisation/profiles/{partner}/values")
  String enter(@PathVariable String partner, @RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    Integer value = null;
    try {
      value = Integer.valueOf(form.getOrDefault("value", "").strip());
    } catch (NumberFormatException e) {
      errors.put("value", new Violation("value", "problem.between", java.util.List.of(0, 100)));
    }
    LocalDate from = null;
    try {
      from = date(form.getOrDefault("validFrom", ""));
    } catch (InvalidInput invalid) {
      errors.put("validFrom", new Violation("validFrom", "prioritisation.valid-from.range", java.util.List.of(profiles.today().plusYears(1).toString())));
    }
    if (!errors.isEmpty()) return profile(partner, null, errors, form, model);
    try {
      var saved = profiles.enter(partner, new PartnerProfiles.NewValue(form.get("consideration"), value, from,
          new BilingualText(form.get("reasonEn"), form.get("reasonFr"))));
      return "redirect:/prioritisation/profiles/" + saved.partner();
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name(), v));
      return profile(partner, null, errors, form, model);
    }
  }

  @PostMapping("/prioritisation/profiles/{partner}/derivations")
  String derive(@PathVariable String partner, Model model) {
    var recorded = profiles.derive(partner, null);
    var code = profiles.profile(partner, null).partner();
    return "redirect:/prioritisation/profiles/" + code + "?derived=" + recorded.size();
  }

  private static @Nullable LocalDate date(String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInput.of("on", "problem.date");
    }
  }

  // ---------------------------------------------------------------- weights

  @GetMapping("/prioritisation/weights")
  String weights(Model model) {
    return weights(null, java.util.List.of(), Map.of(), Map.of(), model);
  }

  private String weights(@Nullable String notice, java.util.List<Object> noticeArgs, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    Callers.current().orElseThrow(() -> new NotFound("page", "/prioritisation/weights"));
    model.addAttribute("view", new WeightsView(weights.current(), weights.proposed().orElse(null),
        weights.history(new Paging(0, Paging.MAX_SIZE)).items(), java.util.List.of(Consideration.values()), profiles.keeps(), notice, noticeArgs, errors, typed));
    return "prioritisation/weights";
  }

  @PostMapping("/prioritisation/weights")
  String propose(@RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    var given = new java.util.LinkedHashMap<String, @Nullable Integer>();
    for (var c : Consideration.values()) {
      try {
        given.put(c.name(), Integer.valueOf(form.getOrDefault(c.name(), "").strip()));
      } catch (NumberFormatException e) {
        errors.put("weights." + c.name(), new Violation("weights." + c.name(), "problem.between", java.util.List.of(0, 10)));
      }
    }
    if (!errors.isEmpty()) return weights(null, java.util.List.of(), errors, form, model);
    try {
      weights.propose(new Weights.NewWeights(given, new BilingualText(form.get("reasonEn"), form.get("reasonFr"))));
      return "redirect:/prioritisation/weights";
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name(), v));
      return weights(null, java.util.List.of(), errors, form, model);
    } catch (Conflict conflict) {
      return weights(conflict.messageKey(), conflict.arguments(), Map.of(), form, model);
    }
  }

  @PostMapping("/prioritisation/weights/{id}/withdrawal")
  String withdraw(@PathVariable java.util.UUID id, Model model) {
    try {
      weights.withdraw(id);
      return "redirect:/prioritisation/weights";
    } catch (Conflict conflict) {
      return weights(conflict.messageKey(), conflict.arguments(), Map.of(), Map.of(), model);
    }
  }

  // ---------------------------------------------------------------- allocation runs

  @GetMapping("/prioritisation/runs")
  String runs(Model model) {
    return runs(null, java.util.List.of(), model);
  }

  private String runs(@Nullable String notice, java.util.List<Object> args, Model model) {
    Callers.current().orElseThrow(() -> new NotFound("page", "/prioritisation/runs"));
    var runs = allocations.runs(new Paging(0, Paging.MAX_SIZE)).items();
    var over = allocations.oversubscribed();
    var labels = over.stream().map(o -> catalogue.event(o.event())).toList();
    var codes = new java.util.HashSet<String>();
    runs.forEach(r -> codes.add(r.provider()));
    model.addAttribute("view", new RunsView(runs, over, labels, directory.names(codes, profiles.today()), notice, args));
    return "prioritisation/runs";
  }

  @PostMapping("/prioritisation/runs")
  String start(@RequestParam(name = "events", required = false) java.util.@Nullable List<String> events, Model model) {
    var ids = new java.util.ArrayList<java.util.UUID>();
    for (var e : events == null ? java.util.List.<String>of() : events) {
      try {
        ids.add(java.util.UUID.fromString(e));
      } catch (IllegalArgumentException wrong) {
        return runs("prioritisation.run.events.invalid", java.util.List.of(), model);
      }
    }
    try {
      var detail = allocations.start(new Allocations.NewRun(ids));
      return "redirect:/prioritisation/runs/" + detail.run().id();
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return runs(v.messageKey().equals("problem.between") ? "prioritisation.run.events.invalid" : v.messageKey(), java.util.List.of(), model);
    } catch (Conflict conflict) {
      return runs(conflict.messageKey(), conflict.arguments(), model);
    }
  }

  @GetMapping("/prioritisation/runs/{id}")
  String run(@PathVariable java.util.UUID id, Model model) {
    return run(id, null, java.util.List.of(), model);
  }

  private String run(java.util.UUID id, @Nullable String notice, java.util.List<Object> args, Model model) {
    var detail = allocations.run(id);
    var events = new java.util.LinkedHashMap<java.util.UUID, org.entente.catalogue.Event>();
    detail.run().events().forEach(e -> events.put(e, catalogue.event(e)));
    var codes = new java.util.HashSet<String>();
    codes.add(detail.run().provider());
    detail.nations().forEach(n -> codes.add(n.nation()));
    var comparison = whatIfs.comparison(detail);
    model.addAttribute("view", new RunView(detail, events, directory.names(codes, profiles.today()), java.util.List.of(Consideration.values()),
        notice, args, detail.full() && whatIfs.mayCompare(detail.run()), comparison));
    return "prioritisation/run";
  }

  @PostMapping("/prioritisation/runs/{id}/application")
  String apply(@PathVariable java.util.UUID id, Model model) {
    try {
      allocations.apply(id);
      return "redirect:/prioritisation/runs/" + id;
    } catch (Conflict conflict) {
      return run(id, conflict.messageKey(), conflict.arguments(), model);
    }
  }

  /** The progress of a run being solved: htmx polls it (a finished run reloads the page); without JavaScript, the page. */
  @GetMapping("/prioritisation/runs/{id}/progress")
  String progress(@PathVariable java.util.UUID id, jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
      Model model) {
    if (request.getHeader("HX-Request") == null) return "redirect:/prioritisation/runs/" + id;
    run(id, null, java.util.List.of(), model);
    var view = (RunView) model.getAttribute("view");
    if (view == null || !view.run().unfinished()) response.setHeader("HX-Refresh", "true");
    return "prioritisation/run_progress";
  }

  @PostMapping("/prioritisation/runs/{id}/what-if")
  String compare(@PathVariable java.util.UUID id, Model model) {
    try {
      return "redirect:/prioritisation/runs/" + whatIfs.compare(id).run().id();
    } catch (Conflict conflict) {
      return run(id, conflict.messageKey(), conflict.arguments(), model);
    }
  }

  @PostMapping("/prioritisation/runs/{id}/stopping")
  String stop(@PathVariable java.util.UUID id, Model model) {
    try {
      allocations.stop(id);
      return "redirect:/prioritisation/runs/" + id;
    } catch (Conflict conflict) {
      return run(id, conflict.messageKey(), conflict.arguments(), model);
    }
  }

  @PostMapping("/prioritisation/runs/{id}/discarding")
  String discard(@PathVariable java.util.UUID id, Model model) {
    try {
      allocations.discard(id);
      return "redirect:/prioritisation/runs/" + id;
    } catch (Conflict conflict) {
      return run(id, conflict.messageKey(), conflict.arguments(), model);
    }
  }
}
