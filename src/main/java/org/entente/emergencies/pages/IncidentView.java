package org.entente.emergencies.pages;

import java.util.List;
import java.util.Map;
import org.entente.emergencies.Capability;
import org.entente.emergencies.Emergencies;
import org.entente.emergencies.Incident;
import org.entente.emergencies.Offer;
import org.entente.directory.Names;
import org.entente.emergencies.Sitrep;
import org.entente.languages.Language;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * An incident's page and live board: the request, its coverage (gaps first), the offer lines the reader may see
 * with what they may do to each, the reports, and the forms open to the reader.
 *
 * @param problem a refusal of the last action (message key and arguments)
 */
public record IncidentView(
    Incident incident,
    Emergencies.Abilities abilities,
    List<Offer> offers,
    long offersTotal,
    List<Sitrep> sitreps,
    List<org.entente.emergencies.Suggestion> suggestions,
    String me,
    Map<String, Violation> errors,
    Map<String, String> typed,
    @Nullable Violation problem,
    Names names,
    List<Capability.Match> matches) {

  /** The registered capabilities that answer this need line. */
  public List<Capability> matching(int line) {
    return matches.stream().filter(m -> m.needLine() == line).map(Capability.Match::capability).toList();
  }

  /** The reader may offer this capability (it is their nation's and the incident takes offers). */
  public boolean mayOfferFrom(Capability capability) {
    return abilities.offer() && abilities.donorNations().contains(capability.nation());
  }

  /** A nation's name in the reader's language (its code where the directory has none). */
  public String name(String code, Language language) {
    return names.of(code, language);
  }

  /** The suggested nations for one need line, as "Netherlands (3), Japan (1)". */
  public String suggested(int line, Language language) {
    return suggestions.stream().filter(s -> s.needLine() == line).map(s -> names.of(s.donor(), language) + " (" + s.offers() + ")")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  /** The reader may decide offers (the stricken nation) while offers are taken. */
  public boolean decides(Offer offer) {
    return abilities.decide() && offer.status().name().equals("OFFERED");
  }

  /** The reader offered this line (their nation did). */
  public boolean mine(Offer offer) {
    return abilities.donorNations().contains(offer.donor());
  }
}
