package org.entente.exercises;

import static org.entente.web.Texts.bilingual;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.catalogue.MenuSearch;
import org.entente.directory.Directory;
import org.entente.directory.Organisation;
import org.entente.directory.OrganisationKind;
import org.entente.exercises.Centre.Accreditation;
import org.entente.exercises.Centre.Course;
import org.entente.languages.BilingualText;
import org.entente.registration.Output;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training centres network: public facts (which institutions are in it, accredited since when, for what), read
 * by anyone, visitors included; staff record a centre's accreditation. Its courses are the menu activities it
 * provides, read through the catalogue as the reader (a visitor sees the public ones).
 */
@Service
public class Centres {

  static final int COURSES = 12;

  private final JdbcClient jdbc;
  private final Guard guard;
  private final Directory directory;
  private final MenuSearch menu;
  private final AuditTrail audit;
  private final Clock clock;
  private final Output output;

  Centres(JdbcClient jdbc, Guard guard, Directory directory, MenuSearch menu, AuditTrail audit, Clock clock, Output output) {
    this.output = output;
    this.jdbc = jdbc;
    this.guard = guard;
    this.directory = directory;
    this.menu = menu;
    this.audit = audit;
    this.clock = clock;
  }

  /** An accreditation as staff record it. */
  public record NewAccreditation(@Nullable String accreditation, @Nullable LocalDate on, @Nullable BilingualText specialities) {}

  private record Row(String code, Accreditation accreditation, @Nullable LocalDate on, BilingualText specialities) {}

  /** The centres of the network, by name, with their courses. */
  @Transactional(readOnly = true)
  public List<Centre> network(@Nullable String accreditation) {
    var wanted = accreditation == null || accreditation.isBlank() ? null : InvalidInput.code(Accreditation.class, accreditation, "accreditation");
    var today = LocalDate.now(clock);
    var rows = jdbc.sql("select * from exercises_centre where (cast(:a as text) is null or accreditation = :a)")
        .param("a", wanted == null ? null : wanted.name()).query(Centres::row).list();
    var centres = new ArrayList<Centre>();
    for (var row : rows) {
      var org = directory.organisation(row.code(), today);
      centres.add(new Centre(row.code(), org.map(Organisation::name).orElse(new BilingualText(row.code(), row.code())),
          org.map(Organisation::belongsTo).orElse(null), row.accreditation(), row.on(), row.specialities(), courses(row.code())));
    }
    centres.sort(java.util.Comparator.comparing(c -> c.name().text(org.entente.languages.Language.EN)));
    return centres;
  }

  @Transactional(readOnly = true)
  public Centre centre(String code) {
    var c = code.strip().toUpperCase(Locale.ROOT);
    return network(null).stream().filter(x -> x.code().equals(c)).findFirst().orElseThrow(() -> new NotFound("centre", code));
  }

  /** The years a centre's output is shown for: the last four, this one and the next (events already planned). */
  public static final int YEARS_BACK = 4;

  /**
   * A centre's yearly output (events, participants who attended, nations they came from, mean feedback), computed
   * by registration for the events of the activities it provides. Public, as the network is: figures only.
   */
  @Transactional(readOnly = true)
  public List<Output.Year> output(String code) {
    var today = LocalDate.now(clock);
    return output.ofProviders(List.of(code), today.getYear() - YEARS_BACK, today.getYear() + 1);
  }

  /** The network's yearly output: every listed centre's events together (participants and nations counted once a year). */
  @Transactional(readOnly = true)
  public List<Output.Year> output(List<Centre> centres) {
    var today = LocalDate.now(clock);
    return output.ofProviders(centres.stream().map(Centre::code).toList(), today.getYear() - YEARS_BACK, today.getYear() + 1);
  }

  /** The institutions staff may record (every institution of the directory today), by code. */
  public List<Organisation> institutions() {
    return directory.organisations(LocalDate.now(clock), OrganisationKind.INSTITUTION, null);
  }

  public boolean accredits() {
    return org.entente.access.Callers.current().map(c -> c.has(Permission.ACCREDIT_TRAINING_CENTRES_GLOBALLY)).orElse(false);
  }

  /** Staff record where a centre stands: a candidate, accredited on a date, suspended or withdrawn; with its specialities. */
  @Transactional
  public Centre record(String code, NewAccreditation input) {
    var caller = guard.require(Permission.ACCREDIT_TRAINING_CENTRES_GLOBALLY);
    var today = LocalDate.now(clock);
    var violations = new ArrayList<Violation>();
    var c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    var org = c.length() > 20 ? null : directory.organisation(c, today).orElse(null);
    if (org == null || org.kind() != OrganisationKind.INSTITUTION) violations.add(new Violation("institution", "exercises.centre.unknown", List.of(c)));
    var status = InvalidInput.code(Accreditation.class, input.accreditation(), "accreditation", violations);
    if (status != null && status != Accreditation.CANDIDATE && input.on() == null) violations.add(new Violation("on", "problem.required", List.of()));
    if (input.on() != null && (input.on().getYear() < 2000 || input.on().isAfter(today))) {
      violations.add(new Violation("on", "exercises.centre.date", List.of()));
    }
    var specialities = bilingual("specialities", input.specialities(), 2_000, false, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var on = status == Accreditation.CANDIDATE ? null : input.on();
    jdbc.sql("""
            insert into exercises_centre (institution, accreditation, accredited_on, specialities_en, specialities_fr, recorded_by)
            values (:c, :a, :on, :en, :fr, :by)
            on conflict (institution) do update set accreditation = excluded.accreditation, accredited_on = excluded.accredited_on,
              specialities_en = excluded.specialities_en, specialities_fr = excluded.specialities_fr, recorded_by = excluded.recorded_by,
              updated_at = now()
            """).param("c", c).param("a", status.name()).param("on", on).param("en", specialities.en()).param("fr", specialities.fr())
        .param("by", caller.username()).update();
    audit.record(Change.of("TRAINING_CENTRE_" + status.name(), "training-centre", c, Map.of("on", on == null ? "" : on.toString())));
    return centre(c);
  }

  private List<Course> courses(String provider) {
    return menu.activities(new MenuSearch.Query(null, null, null, null, provider, null, null, null, null, null, "PUBLISHED", null, 0, COURSES))
        .items().stream().map(h -> new Course(h.activity().code(), h.activity().type().name(), h.activity().title())).toList();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getString("institution"), Accreditation.valueOf(rs.getString("accreditation")), rs.getObject("accredited_on", LocalDate.class),
        new BilingualText(rs.getString("specialities_en"), rs.getString("specialities_fr")));
  }
}
