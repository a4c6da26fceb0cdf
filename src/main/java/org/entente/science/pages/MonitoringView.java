package org.entente.science.pages;

import java.util.List;
import java.util.Map;
import org.entente.science.Application;
import org.entente.science.Monitoring;
import org.entente.science.PanelMember;
import org.entente.science.ProgressReport;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A project's monitoring page: the monitor, each progress report with the monitor's note (and the note form for the
 * monitor on reports without one), the appointment form for staff.
 */
public record MonitoringView(Application application, Monitoring monitoring, List<ProgressReport> reports, boolean staff, boolean monitor,
    List<PanelMember> candidates, Map<String, Violation> errors, Map<String, String> typed, @Nullable String problem,
    List<Object> problemArguments) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public @Nullable Violation error(String field) {
    return errors.get(field);
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }
}
