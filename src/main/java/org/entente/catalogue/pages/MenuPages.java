package org.entente.catalogue.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.entente.catalogue.Catalogue;
import org.entente.catalogue.MenuSearch;
import org.entente.database.ReadReplica;
import org.entente.directory.Directory;
import org.entente.directory.PolicyTerm;
import org.entente.languages.BilingualText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The menu's pages: search with filters and facets (live with htmx, shareable addresses), an activity with
 * its events, an event. Visitors see the public part; everyone else what they may.
 */
@Controller
class MenuPages {

  static final int PAGE_SIZE = 20;
  private final MenuSearch search;
  private final Catalogue catalogue;
  private final Directory directory;
  private final ReadReplica replica;

  MenuPages(MenuSearch search, Catalogue catalogue, Directory directory, ReadReplica replica) {
    this.search = search;
    this.catalogue = catalogue;
    this.directory = directory;
    this.replica = replica;
  }

  /** The page's three reads of the menu, in one transaction: on the read replica when one is configured. */
  private record Found(MenuSearch.Results results, Map<String, org.entente.catalogue.Event> nextEvents, java.util.Set<String> eligible) {}

  @GetMapping("/menu")
  String search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String area,
      @RequestParam(defaultValue = "") String type,
      @RequestParam(defaultValue = "") String language,
      @RequestParam(defaultValue = "") String month,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    var monthValid = month.isBlank() || month.matches("\\d{4}-(0[1-9]|1[0-2])");
    var filters = new MenuView.Filters(q, area, type, language, month, monthValid ? null : "catalogue.month.page");
    var nation = org.entente.access.Callers.current().flatMap(c -> c.grants().stream()
        .filter(g -> g.role() == org.entente.access.Role.NATIONAL_COORDINATOR || g.role() == org.entente.access.Role.PARTICIPANT)
        .map(org.entente.access.Caller.Grant::organisation).sorted().findFirst());
    var found = replica.read(() -> {
      var hits = search.activities(new MenuSearch.Query(blank(q), blank(area), null, blank(type), null, blank(language),
          null, null, null, monthValid ? blank(month) : null, null, null, Math.max(0, page), PAGE_SIZE));
      var codes = hits.items().stream().map(h -> h.activity().code()).toList();
      return new Found(hits, search.nextEvents(codes), nation.map(n -> search.eligibleAmong(codes, n)).orElse(java.util.Set.of()));
    });
    var results = found.results();
    var live = request.getHeader("HX-Request") != null;
    model.addAttribute("view", new MenuView(filters, results, names(directory.areasOfCooperation()), found.nextEvents(),
        found.eligible(), directory.today(), live,
        organisationNames(results.items().stream().map(h -> h.activity().provider()).distinct().toList())));
    return live ? "menu/results" : "menu/search";
  }

  @GetMapping("/menu/{code}")
  String activity(@PathVariable String code, Model model) {
    var activity = catalogue.activity(code);
    model.addAttribute("view", new ActivityView(activity, catalogue.events(activity.code()), names(directory.areasOfCooperation()),
        directory.organisation(activity.provider(), directory.today()).map(o -> o.name()).orElse(BilingualText.of(activity.provider(), activity.provider()))));
    return "menu/activity";
  }

  @GetMapping("/menu/events/{id}")
  String event(@PathVariable UUID id, Model model) {
    var event = catalogue.event(id);
    model.addAttribute("view", new EventView(event, catalogue.activity(event.activity()),
        directory.organisation(event.provider(), directory.today()).map(o -> o.name()).orElse(BilingualText.of(event.provider(), event.provider()))));
    return "menu/event";
  }

  private Map<String, BilingualText> organisationNames(java.util.List<String> codes) {
    var names = new LinkedHashMap<String, BilingualText>();
    var today = directory.today();
    codes.forEach(code -> directory.organisation(code, today).ifPresent(o -> names.put(code, o.name())));
    return names;
  }

  private static Map<String, BilingualText> names(java.util.List<PolicyTerm> terms) {
    var names = new LinkedHashMap<String, BilingualText>();
    terms.forEach(t -> names.put(t.code(), t.name()));
    return names;
  }

  private static String blank(String value) {
    return value.isBlank() ? null : value.strip();
  }
}
