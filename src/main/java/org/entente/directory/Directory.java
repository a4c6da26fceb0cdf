package org.entente.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.directory.PolicyTerms.Taxonomy;
import org.entente.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory as the rest of Entente asks it: who was what, and in which framework, on a date. */
@Service
@Transactional(readOnly = true)
public class Directory {

  private final Organisations organisations;
  private final PolicyTerms terms;
  private final Clock clock;

  Directory(Organisations organisations, PolicyTerms terms, Clock clock) {
    this.organisations = organisations;
    this.terms = terms;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The organisations of the landscape on a date, optionally of one kind and in one framework, both
   * evaluated on that date.
   *
   * @throws InvalidInput when the framework is not one of the directory's
   */
  public List<Organisation> organisations(
      LocalDate on, @Nullable OrganisationKind kind, @Nullable String framework) {
    if (framework != null && frameworks(on).stream().noneMatch(f -> f.code().equals(framework))) {
      throw InvalidInput.of(
          "framework",
          "problem.one-of",
          String.join(", ", frameworks(on).stream().map(Framework::code).toList()));
    }
    return organisations.on(on, kind, framework);
  }

  public Optional<Organisation> organisation(String code, LocalDate on) {
    return organisations.find(code, on);
  }

  /** The names of these organisations on a date, for a page that would otherwise show their codes. */
  public Names names(java.util.Collection<String> codes, LocalDate on) {
    var names = new java.util.HashMap<String, org.entente.languages.BilingualText>();
    codes.stream().distinct().forEach(code -> organisations.find(code, on).ifPresent(o -> names.put(code, o.name())));
    return new Names(names);
  }

  public List<Framework> frameworks(LocalDate on) {
    return terms.frameworks(on);
  }

  public List<PolicyTerm> strategicObjectives() {
    return terms.all(Taxonomy.STRATEGIC_OBJECTIVES);
  }

  public List<PolicyTerm> priorityAreas() {
    return terms.all(Taxonomy.PRIORITY_AREAS);
  }

  public List<PolicyTerm> areasOfCooperation() {
    return terms.all(Taxonomy.AREAS_OF_COOPERATION);
  }
}
