package org.entente.catalogue.pages;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.entente.catalogue.MenuSearch;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The menu search page: filters as typed, one page of results, and their facets. */
public record MenuView(Filters filters, MenuSearch.Results results, Map<String, BilingualText> areaNames,
    Map<String, org.entente.catalogue.Event> nextEvents, java.util.Set<String> eligible, java.time.LocalDate today,
    boolean live, Map<String, BilingualText> providerNames) {

  /** A provider's name in the reader's language (its code when the directory has none). */
  public String providerName(String code, Language language) {
    var name = providerNames.get(code);
    return name == null ? code : name.text(language);
  }

  /** "English", "anglais": a language's name in the reader's language. */
  public String languageName(String code, Language language) {
    var name = java.util.Locale.of(code).getDisplayLanguage(language.locale());
    return name.isBlank() || name.equals(code) ? code.toUpperCase(java.util.Locale.ROOT) : name;
  }

  /** The next event of this activity whose nominations are open today, if any. */
  public org.entente.catalogue.@Nullable Event openEvent(String activity) {
    var next = nextEvents.get(activity);
    return next != null && !today.isBefore(next.nominationsOpen()) && !today.isAfter(next.nominationsClose()) ? next : null;
  }

  public boolean eligible(String activity) {
    return eligible.contains(activity);
  }

  /** The filters as the reader gave them. */
  public record Filters(String q, String area, String type, String language, String month, @Nullable String monthError) {}

  public String areaName(String code, Language language) {
    var name = areaNames.get(code);
    return name == null ? code : name.text(language);
  }

  /** "mai 2027" for 2027-05, in the reader's language. */
  public String monthName(String month, Language language) {
    return YearMonth.parse(month).format(DateTimeFormatter.ofPattern("MMMM yyyy", language.locale()));
  }

  public Map<String, Long> facet(String name) {
    return results.facets().getOrDefault(name, Map.of());
  }

  public boolean hasNext() {
    return (long) (results.page() + 1) * results.size() < results.total();
  }

  public String pageUrl(int page) {
    return UriComponentsBuilder.fromPath("/menu")
        .queryParam("q", filters.q()).queryParam("area", filters.area()).queryParam("type", filters.type())
        .queryParam("language", filters.language()).queryParam("month", filters.month()).queryParam("page", page)
        .encode().build().toUriString();
  }
}
