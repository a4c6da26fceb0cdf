package org.entente.directory.pages;

import java.time.LocalDate;
import java.util.List;
import org.entente.directory.Framework;
import org.entente.directory.Organisation;

/** What an organisation's page shows. */
public record OrganisationPageView(Organisation organisation, LocalDate date, List<Framework> frameworks, Timeline timeline) {
  public Framework framework(String code) {
    return frameworks.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }
}

