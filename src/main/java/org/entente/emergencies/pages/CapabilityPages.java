package org.entente.emergencies.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.directory.Directory;
import org.entente.emergencies.Capability;
import org.entente.emergencies.CapabilityRegister;
import org.entente.emergencies.CapabilityRegister.CapabilityForm;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The EADRU register's page: the centre (and every Ally) sees the register by capability across nations; a
 * nation's coordinator registers its teams and capabilities, confirms they still hold, withdraws them. Works
 * without JavaScript.
 */
@Controller
class CapabilityPages {

  private static final int PAGE_SIZE = 50;

  private final CapabilityRegister register;
  private final Directory directory;

  CapabilityPages(CapabilityRegister register, Directory directory) {
    this.register = register;
    this.directory = directory;
  }

  @GetMapping("/emergencies/capabilities")
  String list(@RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "0") String page, Model model) {
    return show(kind, page, Map.of(), Map.of(), null, model);
  }

  private String show(@Nullable String kind, String page, Map<String, Violation> errors, Map<String, String> typed,
      @Nullable Violation problem, Model model) {
    Capability.@Nullable Kind which = null;
    try {
      which = kind == null || kind.isBlank() ? null : Capability.Kind.valueOf(kind.strip());
    } catch (IllegalArgumentException e) {
      // every kind
    }
    var number = 0;
    try {
      number = Math.min(1_000_000, Math.max(0, Integer.parseInt(page)));
    } catch (NumberFormatException e) {
      // the first page
    }
    var capabilities = register.list(which == null ? null : which.name(), null, new Paging(number, PAGE_SIZE));
    var registrants = register.registrants();
    var codes = new ArrayList<String>(registrants);
    capabilities.items().forEach(c -> codes.add(c.nation()));
    model.addAttribute("view", new RegisterView(capabilities, which, registrants, register.seesAll(), errors, typed, problem,
        directory.names(codes, directory.today())));
    return "emergencies/capabilities";
  }

  @PostMapping("/emergencies/capabilities")
  String registerOne(@RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    var size = FormFields.integer(form, "size", errors);
    var readiness = FormFields.integer(form, "readinessHours", errors);
    var days = FormFields.integer(form, "selfSufficiencyDays", errors);
    try {
      if (!errors.isEmpty()) {
        throw new InvalidInput(List.copyOf(errors.values()));
      }
      register.register(new CapabilityForm(form.get("nation"), form.get("kind"), form.get("name"), size, readiness, days,
          form.get("contact"), null));
      return "redirect:/emergencies/capabilities#register-list";
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name(), v));
      return show(null, "0", errors, form, null, model);
    }
  }

  @PostMapping("/emergencies/capabilities/{id}/confirmation")
  String confirm(@PathVariable UUID id, Model model) {
    register.confirm(id);
    return "redirect:/emergencies/capabilities#capability-" + id;
  }

  @PostMapping("/emergencies/capabilities/{id}/withdrawal")
  String withdraw(@PathVariable UUID id, Model model) {
    try {
      register.withdraw(id);
      return "redirect:/emergencies/capabilities#register-list";
    } catch (Conflict conflict) {
      return show(null, "0", Map.of(), Map.of(), new Violation("capability", conflict.messageKey(), conflict.arguments()), model);
    }
  }
}
