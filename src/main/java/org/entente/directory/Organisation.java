package org.entente.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as it stood on a date: its kind and name then, and its whole membership history.
 *
 * @param kind what it was on that date
 * @param name the name it bore on that date (e.g. "the former Yugoslav Republic of Macedonia" in 2012)
 * @param belongsTo for an institution, the nation it belongs to, or {@code NATO}
 * @param status for a partner, whether its relations were active or suspended on that date
 * @param source the public source of the row
 * @param evidence {@code D} documented, {@code I} inferred, {@code U} unconfirmed
 */
public record Organisation(
    String code,
    OrganisationKind kind,
    BilingualText name,
    @Nullable LocalDate allyFrom,
    @Nullable String belongsTo,
    Membership.@Nullable Status status,
    List<Membership> memberships,
    String source,
    String evidence) {

  @JsonIgnore // derived from kind; not part of the API's shape
  public boolean isNation() {
    return kind == OrganisationKind.ALLY || kind == OrganisationKind.PARTNER;
  }

  /** The frameworks it belonged to on that date. */
  public List<String> frameworksOn(LocalDate date) {
    return memberships.stream().filter(m -> m.covers(date)).map(Membership::framework).distinct().toList();
  }
}
