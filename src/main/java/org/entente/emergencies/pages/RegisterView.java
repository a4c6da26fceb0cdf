package org.entente.emergencies.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.directory.Names;
import org.entente.emergencies.Capability;
import org.entente.languages.Language;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.jspecify.annotations.Nullable;

/**
 * The EADRU register's page: one page of entries (one kind, or all by kind), the nations the reader may register
 * for, the register form as typed with its errors, and a refusal of the last action.
 */
public record RegisterView(
    Listing<Capability> capabilities,
    Capability.@Nullable Kind kind,
    Set<String> registrants,
    boolean seesAll,
    Map<String, Violation> errors,
    Map<String, String> typed,
    @Nullable Violation problem,
    Names names) {

  public String name(String code, Language language) {
    return names.of(code, language);
  }

  public List<String> registrantList() {
    return registrants.stream().sorted().toList();
  }

  /** The reader keeps this entry (its nation's coordinator). */
  public boolean keeps(Capability capability) {
    return registrants.contains(capability.nation());
  }

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public String query() {
    return kind == null ? "" : "kind=" + kind.name() + "&";
  }

  public boolean hasNext() {
    return (long) (capabilities.page() + 1) * capabilities.size() < capabilities.total();
  }
}
