package org.entente.science.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Permission;
import org.entente.science.Science;
import org.entente.science.ScienceGrants;
import org.entente.science.ScienceMonitoring;
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
 * Monitoring pages: the projects a panel member monitors (with reports waiting for a note), and one project's
 * monitoring (staff appoint the monitor; the monitor notes each report). Plain forms, no JavaScript needed.
 */
@Controller
class ScienceMonitoringPages {

  private final Science science;
  private final ScienceGrants grants;
  private final ScienceMonitoring monitoring;

  ScienceMonitoringPages(Science science, ScienceGrants grants, ScienceMonitoring monitoring) {
    this.science = science;
    this.grants = grants;
    this.monitoring = monitoring;
  }

  @GetMapping("/science/monitoring")
  String monitored(Model model) {
    model.addAttribute("view", monitoring.monitored(new Paging(0, Paging.MAX_SIZE)).items());
    return "science/monitored";
  }

  @GetMapping("/science/applications/{id}/monitoring")
  String monitoring(@PathVariable UUID id, Model model) {
    return show(id, Map.of(), Map.of(), null, List.of(), model);
  }

  @PostMapping("/science/applications/{id}/monitor")
  String appoint(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    UUID monitor;
    try {
      monitor = UUID.fromString(form.getOrDefault("monitor", ""));
    } catch (IllegalArgumentException e) {
      return show(id, Map.of("monitor", new Violation("monitor", "problem.required", List.of())), form, null, List.of(), model);
    }
    return act(id, form, model, () -> monitoring.appoint(id, monitor));
  }

  @PostMapping("/science/applications/{id}/reports/{report}/note")
  String note(@PathVariable UUID id, @PathVariable UUID report, @RequestParam Map<String, String> form, Model model) {
    var typed = new LinkedHashMap<String, String>(form);
    typed.put("report", report.toString());
    return act(id, typed, model, () -> monitoring.note(id, report, form.get("body")));
  }

  private String act(UUID id, Map<String, String> form, Model model, Runnable action) {
    try {
      action.run();
      return "redirect:/science/applications/" + id + "/monitoring";
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return show(id, errors, form, null, List.of(), model);
    } catch (Conflict conflict) {
      return show(id, Map.of(), form, conflict.messageKey(), new ArrayList<>(conflict.arguments()), model);
    }
  }

  private String show(UUID id, Map<String, Violation> errors, Map<String, String> typed, @Nullable String problem, List<Object> arguments,
      Model model) {
    var application = science.application(id);
    var state = monitoring.monitoring(id);
    var staff = Callers.current().map(c -> c.has(Permission.MANAGE_SCIENCE_GLOBALLY)).orElse(false);
    var open = application.status().awarded() && application.status() != org.entente.science.ApplicationStatus.CLOSED;
    model.addAttribute("view", new MonitoringView(application, state, grants.reports(id), staff, monitoring.monitors(id),
        staff && open ? monitoring.candidates(application) : List.of(), errors, typed, problem, arguments));
    return "science/monitoring";
  }
}
