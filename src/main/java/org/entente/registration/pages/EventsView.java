package org.entente.registration.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.entente.registration.Openings;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The events page: the filters as typed (with a message per wrong field), the events found, one page of them
 * or the month's calendar.
 */
public record EventsView(Filters filters, Openings.Found found, int page, int size, Map<String, BilingualText> areaNames,
    Map<String, BilingualText> organisationNames, LocalDate today) {

  /** An organisation's name in the reader's language (its code when the directory has none). */
  public String organisation(String code, Language language) {
    var name = organisationNames.get(code);
    return name == null ? code : name.text(language);
  }

  /** The filters as the reader gave them; {@code errors} maps a field to its message key. */
  public record Filters(boolean open, boolean eligible, boolean seats, String area, String from, String to,
      boolean calendar, YearMonth month, Map<String, String> errors) {

    public @Nullable String error(String field) {
      return errors.get(field);
    }
  }

  /** One day of the calendar; {@code inMonth} false for the days before the first and after the last. */
  public record Day(LocalDate date, boolean inMonth, List<Openings.Opening> events) {}

  public List<Openings.Opening> pageItems() {
    var items = found.items();
    var from = Math.min(items.size(), page * size);
    return items.subList(from, Math.min(items.size(), from + size));
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < found.total();
  }

  /** The calendar's weeks, Monday first, each of seven days. */
  public List<List<Day>> weeks() {
    var byDay = new LinkedHashMap<LocalDate, List<Openings.Opening>>();
    for (var o : found.items()) {
      var d = o.event().startsOn();
      byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(o);
    }
    var first = filters.month().atDay(1);
    var start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
    var last = filters.month().atEndOfMonth();
    var weeks = new ArrayList<List<Day>>();
    for (var monday = start; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      var week = new ArrayList<Day>();
      for (int i = 0; i < 7; i++) {
        var d = monday.plusDays(i);
        week.add(new Day(d, YearMonth.from(d).equals(filters.month()), byDay.getOrDefault(d, List.of())));
      }
      weeks.add(week);
    }
    return weeks;
  }

  public List<String> weekdays(Language language) {
    var names = new ArrayList<String>();
    for (var d : DayOfWeek.values()) {
      names.add(d.getDisplayName(TextStyle.FULL, language.locale()));
    }
    return names;
  }

  public String monthName(Language language) {
    return filters.month().format(DateTimeFormatter.ofPattern("MMMM yyyy", language.locale()));
  }

  public String areaName(String code, Language language) {
    var name = areaNames.get(code);
    return name == null ? code : name.text(language);
  }

  /** This page's address with some parameters changed: for the pager, the calendar's months and the view switch. */
  public String url(Map<String, Object> changes) {
    var b = UriComponentsBuilder.fromPath("/events");
    var params = new LinkedHashMap<String, Object>();
    if (filters.open()) params.put("open", "on");
    if (filters.eligible()) params.put("eligible", "on");
    if (filters.seats()) params.put("seats", "on");
    if (!filters.area().isBlank()) params.put("area", filters.area());
    if (!filters.from().isBlank()) params.put("from", filters.from());
    if (!filters.to().isBlank()) params.put("to", filters.to());
    if (filters.calendar()) {
      params.put("view", "calendar");
      params.put("month", filters.month().toString());
    }
    params.putAll(changes);
    params.forEach((k, v) -> {
      if (v != null && !v.toString().isEmpty()) b.queryParam(k, v);
    });
    return b.encode().build().toUriString();
  }

  public String pageUrl(int page) {
    return url(Map.of("page", page));
  }

  public String monthUrl(int delta) {
    return url(Map.of("view", "calendar", "month", filters.month().plusMonths(delta).toString()));
  }

  public String listUrl() {
    var changes = new LinkedHashMap<String, Object>();
    changes.put("view", "");
    changes.put("month", "");
    return url(changes);
  }

  public String calendarUrl() {
    return url(Map.of("view", "calendar", "month", filters.month().toString()));
  }
}
