package org.entente.registration.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.directory.Directory;
import org.entente.languages.BilingualText;
import org.entente.registration.Openings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Events people can act on, as a list or a month's calendar: filtered by "open for nominations now", "my
 * nation is eligible", "seats left", area and dates. A GET form with a shareable address that works without
 * JavaScript; with htmx only the results are replaced. A wrong date is shown beside its field, as typed.
 */
@Controller
class EventsPages {

  static final int PAGE_SIZE = 25;
  private final Openings openings;
  private final Directory directory;
  private final Clock clock;

  EventsPages(Openings openings, Directory directory, Clock clock) {
    this.openings = openings;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping("/events")
  String events(
      @RequestParam(defaultValue = "") String open,
      @RequestParam(defaultValue = "") String eligible,
      @RequestParam(defaultValue = "") String seats,
      @RequestParam(defaultValue = "") String area,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "list") String view,
      @RequestParam(defaultValue = "") String month,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    var errors = new LinkedHashMap<String, String>();
    var fromDate = date(from, "from", errors);
    var toDate = date(to, "to", errors);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      errors.put("to", "events.filter.to-before-from");
      toDate = null;
    }
    var calendar = "calendar".equals(view);
    YearMonth shown = YearMonth.now(clock);
    if (!month.isBlank()) {
      try {
        shown = YearMonth.parse(month.strip());
      } catch (DateTimeParseException e) {
        errors.put("month", "catalogue.month.page");
      }
    }
    if (calendar) {
      // the calendar shows its month; the date fields narrow it further
      var first = shown.atDay(1);
      var last = shown.atEndOfMonth();
      fromDate = fromDate == null || fromDate.isBefore(first) ? first : fromDate;
      toDate = toDate == null || toDate.isAfter(last) ? last : toDate;
    }
    var filters = new EventsView.Filters(on(open), on(eligible), on(seats), area.strip(), from.strip(), to.strip(),
        calendar, shown, errors);
    var found = openings.find(new Openings.Query(filters.open(), filters.eligible(), filters.seats(),
        area.isBlank() ? null : area.strip(), fromDate, toDate));
    var names = new LinkedHashMap<String, BilingualText>();
    directory.areasOfCooperation().forEach(t -> names.put(t.code(), t.name()));
    var organisations = new LinkedHashMap<String, BilingualText>();
    var today = LocalDate.now(clock);
    found.items().stream().map(o -> o.event().provider()).distinct()
        .forEach(code -> directory.organisation(code, today).ifPresent(o -> organisations.put(code, o.name())));
    if (found.nation() != null) {
      directory.organisation(found.nation(), today).ifPresent(o -> organisations.put(found.nation(), o.name()));
    }
    model.addAttribute("view", new EventsView(filters, found, Math.max(0, page), PAGE_SIZE, names, organisations, today));
    return request.getHeader("HX-Request") != null ? "registration/events-results" : "registration/events";
  }

  private static boolean on(String value) {
    return value.equals("on") || value.equals("true") || value.equals("1");
  }

  private static @Nullable LocalDate date(String value, String field, Map<String, String> errors) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, "problem.date");
      return null;
    }
  }
}
