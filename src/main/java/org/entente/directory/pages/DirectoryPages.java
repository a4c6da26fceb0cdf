package org.entente.directory.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.directory.Directory;
import org.entente.directory.Organisation;
import org.entente.directory.OrganisationKind;
import org.entente.languages.Language;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory's pages: the list with its filters and world map, and one page per organisation with its
 * membership timeline. Filters arrive as typed by the reader; a wrong one is shown next to its field.
 */
@Controller
class DirectoryPages {

  private final Directory directory;

  DirectoryPages(Directory directory) {
    this.directory = directory;
  }

  @GetMapping("/directory")
  String list(
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String framework,
      @RequestParam(defaultValue = "") String on,
      HttpServletRequest request,
      Locale locale,
      Model model) {
    var today = directory.today();
    LocalDate date = today;
    String onError = null;
    if (!on.isBlank()) {
      try {
        date = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        onError = "directory.error.date";
      }
    }
    var frameworks = directory.frameworks(date);
    var kindValue = Arrays.stream(OrganisationKind.values()).filter(k -> k.name().equals(kind)).findFirst();
    var kindError = kind.isBlank() || kindValue.isPresent() ? null : "directory.error.kind";
    var frameworkError =
        framework.isBlank() || frameworks.stream().anyMatch(f -> f.code().equals(framework))
            ? null
            : "directory.error.framework";
    var filters = new DirectoryListView.Filters(kind, framework, on, kindError, frameworkError, onError);
    var organisations =
        filters.valid()
            ? directory.organisations(date, kindValue.orElse(null), framework.isBlank() ? null : framework)
            : List.<Organisation>of();
    var language = Language.of(locale);
    var collator = Collator.getInstance(language.locale());
    var sorted =
        organisations.stream()
            .sorted(Comparator.comparing((Organisation o) -> o.name().text(language), collator))
            .toList();
    model.addAttribute(
        "view", new DirectoryListView(filters, date, sorted, frameworks, List.of(OrganisationKind.values())));
    // htmx asks for the results only; a plain request (or no JavaScript) gets the whole page.
    return request.getHeader("HX-Request") != null ? "directory/results" : "directory/list";
  }

  @GetMapping("/directory/{code}")
  String organisation(@PathVariable String code, Model model) {
    var today = directory.today();
    var organisation =
        directory.organisation(code, today).orElseThrow(() -> new NotFound("organisation", code));
    model.addAttribute(
        "view",
        new OrganisationPageView(
            organisation, today, directory.frameworks(today), Timeline.of(organisation, today)));
    return "directory/organisation";
  }
}
