package org.entente.capacitybuilding.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.entente.access.Guard;
import org.entente.capacitybuilding.CapacityBuilding;
import org.entente.capacitybuilding.PackageSummary;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of packages with the request form, and one package's page with the forms of each party's next move;
 * every form works without JavaScript, and a refused one is shown again with what was typed and a message by
 * each wrong field.
 */
@Controller
class PackagePages {

  private static final int SIZE = 20;

  private final CapacityBuilding packages;
  private final Guard guard;

  PackagePages(CapacityBuilding packages, Guard guard) {
    this.packages = packages;
    this.guard = guard;
  }

  @GetMapping("/capacity-building")
  String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String partner,
      @RequestParam(defaultValue = "0") int page, Model model) {
    return list(model, Map.of("status", status, "partner", partner), Math.max(page, 0), new HashMap<>(), Map.of());
  }

  /** A page of {@value #SIZE} rows; a page number out of range is brought back to the nearest one. */
  private static Paging paging(int page) {
    return new Paging(Math.clamp(page, 0, 1_000_000), SIZE);
  }

  private String list(Model model, Map<String, String> filter, int page, Map<String, Violation> errors, Map<String, String> typed) {
    guard.caller();
    Listing<PackageSummary> rows;
    try {
      rows = packages.list(blank(filter.get("status")), blank(filter.get("partner")), paging(page));
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent("filter-" + v.name(), v));
      rows = packages.list(null, null, paging(0));
    }
    model.addAttribute("view", new PackageList(rows, packages.requesters(), filter, errors, typed));
    return "capacitybuilding/list";
  }

  @PostMapping("/capacity-building")
  String request(@RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    try {
      var created = packages.request(new CapacityBuilding.Request(form.get("partner"), text(form, "title"), text(form, "request")));
      return "redirect:/capacity-building/" + created.id();
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name(), v));
    }
    return list(model, Map.of(), 0, errors, form);
  }

  @GetMapping("/capacity-building/{id}")
  String show(@PathVariable UUID id, Model model) {
    return show(id, null, Map.of(), Map.of(), null, model);
  }

  private String show(UUID id, @Nullable String section, Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation notice,
      Model model) {
    var p = packages.get(id);
    var actor = packages.actor(p);
    model.addAttribute("view", new PackageView(p, actor == null ? java.util.Set.of() : p.status().next(actor), packages.manages(), section, errors,
        typed, notice, p.status().inPreparation() ? packages.fundOptions() : List.of(), packages.fundOf(p)));
    return "capacitybuilding/package";
  }

  @PostMapping("/capacity-building/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, "status", form, model, () -> packages.transition(id, form.get("to"), form.get("reason")));
  }

  @PostMapping("/capacity-building/{id}/assessment")
  String assess(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, "assessment", form, model, () -> packages.assess(id, text(form, "assessment")));
  }

  @PostMapping("/capacity-building/{id}/areas")
  String area(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var en = lines(form.get("projectsEn"));
    var fr = lines(form.get("projectsFr"));
    var projects = new ArrayList<BilingualText>();
    for (int i = 0; i < Math.max(en.size(), fr.size()); i++) {
      projects.add(new BilingualText(i < en.size() ? en.get(i) : null, i < fr.size() ? fr.get(i) : null));
    }
    return act(id, "areas", form, model, () -> packages.addArea(id, new CapacityBuilding.NewArea(text(form, "name"), projects)));
  }

  @PostMapping("/capacity-building/{id}/experts")
  String expert(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var area = uuid(form.get("area"));
    return act(id, "experts", form, model,
        () -> packages.addExpert(id, new CapacityBuilding.NewExpert(form.get("nation"), form.get("kind"), form.get("name"), area)));
  }

  @PostMapping("/capacity-building/{id}/funding")
  String fund(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var raw = blank(form.get("trustFund"));
    UUID fund = null;
    if (raw != null) {
      fund = uuid(raw);
      if (fund == null) {
        return show(id, "funding", Map.of("trustFund", new Violation("trustFund", "capacitybuilding.trust-fund.unknown", List.of(raw))), form, null, model);
      }
    }
    var chosen = fund;
    return act(id, "funding", form, model, () -> packages.fund(id, new CapacityBuilding.Funding(chosen, form.get("reference"))));
  }

  @PostMapping("/capacity-building/{id}/reviews")
  String review(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    LocalDate on = null;
    var raw = blank(form.get("reviewedOn"));
    if (raw != null) {
      try {
        on = LocalDate.parse(raw);
      } catch (DateTimeParseException e) {
        return show(id, "review", Map.of("reviewedOn", new Violation("reviewedOn", "problem.date", List.of())), form, null, model);
      }
    }
    var progress = new ArrayList<CapacityBuilding.NewProgress>();
    var errors = new HashMap<String, Violation>();
    var p = packages.get(id);
    for (int i = 0; i < p.areas().size(); i++) {
      var area = p.areas().get(i);
      var percent = blank(form.get("percent-" + area.id()));
      Integer value = null;
      try {
        value = percent == null ? null : Integer.valueOf(percent);
      } catch (NumberFormatException e) {
        errors.put("progress[" + i + "].percent", new Violation("progress[" + i + "].percent", "problem.between", List.of(0, 100)));
      }
      progress.add(new CapacityBuilding.NewProgress(area.id(), value, form.get("note-" + area.id())));
    }
    if (!errors.isEmpty()) return show(id, "review", errors, form, null, model);
    var date = on;
    return act(id, "review", form, model,
        () -> packages.review(id, new CapacityBuilding.NewReview(date, text(form, "summary"), progress)));
  }

  /** Does one thing; a refusal is shown in its section of the page with what was typed. */
  private String act(UUID id, String section, Map<String, String> form, Model model, Supplier<?> action) {
    try {
      action.get();
      return "redirect:/capacity-building/" + id + "#" + section;
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return show(id, section, errors, form, null, model);
    } catch (Conflict conflict) {
      return show(id, section, Map.of(), form, new Violation(section, conflict.messageKey(), conflict.arguments()), model);
    }
  }

  private static BilingualText text(Map<String, String> form, String field) {
    return new BilingualText(form.get(field + "En"), form.get(field + "Fr"));
  }

  private static List<String> lines(@Nullable String text) {
    return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static @Nullable UUID uuid(@Nullable String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
