package org.entente.directory.pages;

import java.time.LocalDate;
import java.util.List;
import org.entente.directory.Framework;
import org.entente.directory.Organisation;
import org.entente.directory.OrganisationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** What the list page shows. */
public record DirectoryListView(
    Filters filters,
    LocalDate date,
    List<Organisation> organisations,
    List<Framework> frameworks,
    List<OrganisationKind> kinds) {

  /** The framework a nation is coloured by on the map: its own kind for an Ally. */
  public String group(Organisation organisation) {
    if (organisation.kind() == OrganisationKind.ALLY) {
      return "ALLY";
    }
    var frameworks = organisation.frameworksOn(date);
    return this.frameworks.stream()
        .filter(f -> f.category() == Framework.Category.MULTILATERAL && frameworks.contains(f.code()))
        .map(Framework::code)
        .findFirst()
        .orElse(frameworks.isEmpty() ? "" : frameworks.getFirst());
  }

  public List<Framework> multilateral() {
    return frameworks.stream().filter(f -> f.category() == Framework.Category.MULTILATERAL).toList();
  }

  /** The same list from the API, for national systems and spreadsheets. */
  public String apiUrl() {
    var url = UriComponentsBuilder.fromPath("/api/v1/organisations");
    if (!filters.kind().isBlank()) {
      url.queryParam("kind", filters.kind());
    }
    if (!filters.framework().isBlank()) {
      url.queryParam("framework", filters.framework());
    }
    url.queryParam("on", date);
    return url.encode().build().toUriString();
  }

  /** The filters as the reader gave them, with what was wrong with them. */
  public record Filters(
      String kind, String framework, String on, @Nullable String kindError, @Nullable String frameworkError,
      @Nullable String onError) {
    public boolean valid() {
      return kindError == null && frameworkError == null && onError == null;
    }
  }
}
