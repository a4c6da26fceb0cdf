package org.entente.catalogue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.database.ReadReplica;
import org.entente.web.InvalidInput;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The menu over HTTP, for pages, national systems and providers' own systems alike. */
@RestController
@RequestMapping("/api/v1")
class CatalogueApi {

  private final Catalogue catalogue;
  private final MenuSearch search;
  private final Exports exports;
  private final AnnualReview review;
  private final ReadReplica replica;

  CatalogueApi(Catalogue catalogue, MenuSearch search, Exports exports, AnnualReview review, ReadReplica replica) {
    this.catalogue = catalogue;
    this.search = search;
    this.exports = exports;
    this.review = review;
    this.replica = replica;
  }

  record ReviewDecision(@Nullable Integer year, @Nullable String decision, @Nullable String reason) {}

  @PostMapping("/activities/{code}/reviews")
  ResponseEntity<AnnualReview.Decision> decide(@PathVariable String code, @RequestBody ReviewDecision decision) {
    var decided = review.decide(code, decision.year(), decision.decision(), decision.reason());
    return ResponseEntity.created(URI.create("/api/v1/activities/" + decided.activity() + "/reviews")).body(decided);
  }

  @GetMapping("/activities/{code}/reviews")
  Listing<AnnualReview.Decision> decisions(@PathVariable String code, Paging paging) {
    return review.decisions(code, paging);
  }

  @GetMapping("/reviews/{year}")
  Listing<AnnualReview.Entry> reviewYear(@PathVariable int year, Paging paging) {
    return review.year(year, paging);
  }

  record Transition(@Nullable String to, @Nullable String reason) {}

  @GetMapping("/activities")
  MenuSearch.Results activities(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String area,
      @RequestParam(required = false) @Nullable String priorityArea,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String provider,
      @RequestParam(required = false) @Nullable String language,
      @RequestParam(required = false) @Nullable String format,
      @RequestParam(required = false) @Nullable String eligibility,
      @RequestParam(required = false) @Nullable String eligibleFor,
      @RequestParam(required = false) @Nullable String month,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    var violations = new java.util.ArrayList<InvalidInput.Violation>();
    paging(page, size, violations);
    filters(month, status, violations);
    if (sort != null && !sort.isBlank() && !List.of("relevance", "date", "title").contains(sort)) {
      violations.add(new InvalidInput.Violation("sort", "problem.one-of", List.of("relevance, date, title")));
    }
    if (type != null && !type.isBlank()) InvalidInput.code(Activity.ActivityType.class, type, "type", violations);
    if (format != null && !format.isBlank()) InvalidInput.code(Activity.Format.class, format, "format", violations);
    if (eligibility != null && !eligibility.isBlank()) InvalidInput.code(Eligibility.Kind.class, eligibility, "eligibility", violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    var query = new MenuSearch.Query(q, area, priorityArea, type, provider, language, format, eligibility,
        eligibleFor, month, status == null ? null : status.strip().toUpperCase(), sort, page, size);
    // the published menu may be answered by the read replica; a provider's own drafts stay on the primary, which
    // has what they just wrote
    var menu = query.status() == null || query.status().isBlank() || query.status().equals("PUBLISHED");
    return menu ? replica.read(() -> search.activities(query)) : search.activities(query);
  }

  /** The same search as a file, in the columns of the import: {@code .csv} or {@code .xlsx}. */
  @GetMapping({"/activities.csv", "/activities.xlsx"})
  void export(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String area,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String provider,
      @RequestParam(required = false) @Nullable String language,
      @RequestParam(required = false) @Nullable String month,
      @RequestParam(required = false) @Nullable String status,
      HttpServletRequest request,
      HttpServletResponse response) throws java.io.IOException {
    var violations = new java.util.ArrayList<InvalidInput.Violation>();
    filters(month, status, violations);
    if (type != null && !type.isBlank()) InvalidInput.code(Activity.ActivityType.class, type, "type", violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    var query = new MenuSearch.Query(q, area, null, type, provider, language, null, null, null, month,
        status == null ? null : status.strip().toUpperCase(), null, 0, Exports.MAX_ROWS);
    if (request.getRequestURI().endsWith(".xlsx")) {
      response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      response.setHeader("Content-Disposition", "attachment; filename=\"entente-activities.xlsx\"");
      exports.xlsx(query, response.getOutputStream());
    } else {
      response.setContentType("text/csv; charset=UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"entente-activities.csv\"");
      exports.csv(query, response.getOutputStream());
    }
  }

  /** The events as an iCalendar feed, e.g. one provider's: {@code ?provider=NSO}. */
  @GetMapping("/events.ics")
  void calendar(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String area,
      @RequestParam(required = false) @Nullable String provider,
      HttpServletResponse response) throws java.io.IOException {
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader("Content-Disposition", "inline; filename=\"entente-events.ics\"");
    exports.ics(new MenuSearch.EventQuery(from, to, q, area, provider == null ? null : provider.toUpperCase(), null, 0, Exports.MAX_ROWS),
        response.getOutputStream());
  }

  @PostMapping("/activities")
  ResponseEntity<Activity> draft(@RequestBody Catalogue.ActivityDraft draft) {
    var activity = catalogue.draft(draft);
    return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.code())).body(activity);
  }

  @GetMapping("/activities/{code}")
  Activity activity(@PathVariable String code) {
    return catalogue.activity(code);
  }

  @PutMapping("/activities/{code}")
  Activity revise(@PathVariable String code, @RequestBody Catalogue.ActivityDraft draft) {
    return catalogue.revise(code, draft);
  }

  @PostMapping("/activities/{code}/transitions")
  Activity transition(@PathVariable String code, @RequestBody Transition transition) {
    return catalogue.transition(code, transition.to(), transition.reason());
  }

  @GetMapping("/activities/{code}/events")
  Listing<Event> eventsOf(@PathVariable String code, Paging paging) {
    return catalogue.events(code, paging);
  }

  @PostMapping("/activities/{code}/events")
  ResponseEntity<Event> addEvent(@PathVariable String code, @RequestBody Catalogue.NewEvent event) {
    var added = catalogue.addEvent(code, event);
    return ResponseEntity.created(URI.create("/api/v1/events/" + added.id())).body(added);
  }

  @GetMapping("/events")
  MenuSearch.EventResults events(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String area,
      @RequestParam(required = false) @Nullable String provider,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    var violations = new java.util.ArrayList<InvalidInput.Violation>();
    paging(page, size, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return replica.read(() -> search.events(new MenuSearch.EventQuery(from, to, q, area, provider, country, page, size)));
  }

  @GetMapping("/events/{id}")
  Event event(@PathVariable UUID id) {
    return catalogue.event(id);
  }

  private static void paging(int page, int size, List<InvalidInput.Violation> violations) {
    if (page < 0) {
      violations.add(new InvalidInput.Violation("page", "problem.min", List.of(0)));
    }
    if (size < 1 || size > MenuSearch.MAX_SIZE) {
      violations.add(new InvalidInput.Violation("size", "problem.between", List.of(1, MenuSearch.MAX_SIZE)));
    }
  }

  /** The filters the list and its exports share; every wrong one named. */
  private static void filters(@Nullable String month, @Nullable String status, List<InvalidInput.Violation> violations) {
    if (month != null && !month.isBlank() && !month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
      violations.add(new InvalidInput.Violation("month", "catalogue.month", List.of()));
    }
    if (status != null && !status.isBlank()) {
      InvalidInput.code(ActivityStatus.class, status, "status", violations);
    }
  }
}
