package org.entente.registration.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.directory.Directory;
import org.entente.registration.Participation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Participation per nation and year (staff): a table, and a chart drawn from it. A page of its own that the
 * staff's start page links to; {@code ?fragment} answers the figure alone, to be placed in another page.
 */
@Controller
class ParticipationPages {

  private final Participation participation;
  private final Directory directory;
  private final Clock clock;

  ParticipationPages(Participation participation, Directory directory, Clock clock) {
    this.participation = participation;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping("/registration/participation")
  String participation(@RequestParam(required = false) @Nullable Integer to, @RequestParam(required = false) @Nullable String fragment,
      java.util.Locale locale, Model model) {
    var today = LocalDate.now(clock);
    var last = to == null || to < 2000 || to > 2100 ? today.getYear() : to;
    var first = last - 2;
    var byNation = new TreeMap<String, Map<Integer, Participation.Count>>();
    for (var c : participation.perNationAndYear(first, last)) {
      byNation.computeIfAbsent(c.nation(), k -> new LinkedHashMap<>()).put(c.year(), c);
    }
    var language = org.entente.languages.Language.of(locale);
    var rows = new ArrayList<ParticipationView.Row>();
    byNation.forEach((nation, years) -> rows.add(new ParticipationView.Row(nation,
        directory.organisation(nation, today).map(o -> o.name().text(language)).orElse(nation), years)));
    rows.sort(java.util.Comparator.comparing(ParticipationView.Row::name));
    var years = new TreeSet<Integer>();
    for (int y = first; y <= last; y++) {
      years.add(y);
    }
    model.addAttribute("view", new ParticipationView(rows, List.copyOf(years), last));
    return fragment != null ? "registration/participation-figure" : "registration/participation";
  }
}
