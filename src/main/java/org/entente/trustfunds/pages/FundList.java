package org.entente.trustfunds.pages;

import java.util.List;
import java.util.Map;
import org.entente.directory.Names;
import org.entente.languages.BilingualText;
import org.entente.trustfunds.PublicSummary;
import org.entente.trustfunds.TrustFund;
import org.entente.web.InvalidInput.Violation;

/**
 * The fund list: launched funds for everyone (with their host nations, for the map), the caller's files, and
 * the form to propose a fund with what was typed and what was wrong.
 */
public record FundList(List<PublicSummary> launched, List<Host> hosts, List<TrustFund> files, String stage, boolean mayPropose,
    List<String> partners, Map<String, Violation> errors, Map<String, String> typed, Names names) {

  /** A host nation with how many launched funds it has had. */
  public record Host(String code, BilingualText name, long funds) {}

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }
}
