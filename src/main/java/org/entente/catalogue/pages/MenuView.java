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
public record MenuView(Filters filters, MenuSearch.Results results, Map<String, BilingualText> areaNames) {

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
