package org.entente.registration;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.catalogue.Catalogue;
import org.entente.web.InvalidInput;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What registration knows that others need: attended participations per nation, activity and year (the
 * programmes' actuals), and the yearly review's evidence per activity — demand, fill rate, no-show rate, mean
 * feedback, nations. Read as the caller: row-level security keeps each to what they may see.
 */
@Service
public class Attendance {

  private final JdbcClient jdbc;
  private final Guard guard;
  private final Catalogue catalogue;

  Attendance(JdbcClient jdbc, Guard guard, Catalogue catalogue) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.catalogue = catalogue;
  }

  /** So many participants of a nation attended events of an activity in a year. */
  public record Attended(String activity, int year, int count) {}

  /**
   * The review's evidence for an activity in a year (events starting that year).
   *
   * @param demand nominations per seat offered
   * @param fillRate seats taken (held, or held and not used) per seat offered
   * @param noShowRate absences per attendance recorded, or null before any is recorded
   * @param meanFeedback the mean of the three marks (1–5), or null below three answers
   * @param weakness the lowest of demand (capped at 1), fill rate, mean feedback out of 5 and attendance rate:
   *     the review screen shows the weakest first
   */
  public record Figures(String activity, int year, int events, int seats, int nominations, double demand, double fillRate,
      @Nullable Double noShowRate, @Nullable Double meanFeedback, int feedbackAnswers, int nations, double weakness) {}

  /** Attended participations of a nation, per activity and year (for programme progress). */
  @Transactional(readOnly = true)
  public List<Attended> attended(String nation, int fromYear, int toYear) {
    return jdbc.sql("""
            select n.activity, extract(year from i.starts_on)::int as year, count(*)::int as attended
            from registration_nomination n join registration_invitation i on i.event_id = n.event_id
            where n.nation = :nation and n.state = 'ATTENDED' and extract(year from i.starts_on) between :from and :to
            group by n.activity, extract(year from i.starts_on) order by 2, 1
            """)
        .param("nation", nation.toUpperCase(Locale.ROOT))
        .param("from", fromYear)
        .param("to", toYear)
        .query((rs, n) -> new Attended(rs.getString("activity"), rs.getInt("year"), rs.getInt("attended")))
        .list();
  }

  /** One activity's figures for a year: staff, or the activity's provider. */
  @Transactional(readOnly = true)
  public Figures figures(String code, @Nullable Integer year) {
    var activity = catalogue.activity(code);
    var caller = guard.requireAny(Permission.MANAGE_REGISTRATIONS_GLOBALLY, Permission.CURATE_ACTIVITIES_GLOBALLY,
        Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION);
    if (!caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY) && !caller.has(Permission.CURATE_ACTIVITIES_GLOBALLY)
        && !caller.organisationsWith(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION).contains(activity.provider())) {
      throw new NotFound("activity", code);
    }
    if (year == null || year < 2000 || year > 2100) {
      throw InvalidInput.of("year", "problem.between", 2000, 2100);
    }
    return query("where i.activity = :activity", year, activity.code()).stream().findFirst()
        .orElse(new Figures(activity.code(), year, 0, 0, 0, 0, 0, null, null, 0, 0, 0));
  }

  /** Every activity with events in the year, weakest first: for the staff's review screen. */
  @Transactional(readOnly = true)
  public List<Figures> year(int year) {
    guard.requireAny(Permission.MANAGE_REGISTRATIONS_GLOBALLY, Permission.CURATE_ACTIVITIES_GLOBALLY);
    return query("", year, null).stream()
        .sorted(Comparator.comparingDouble(Figures::weakness).thenComparing(Figures::activity))
        .toList();
  }

  private List<Figures> query(String where, int year, @Nullable String activity) {
    var sql = """
        with events as (
          select i.event_id, i.activity, i.capacity from registration_invitation i
          %s %s extract(year from i.starts_on) = :year
        ), nominations as (
          select e.activity, n.state, n.holds_seat, n.nation from registration_nomination n join events e on e.event_id = n.event_id
        ), marks as (
          select e.activity, count(*) as answers, avg((f.relevance + f.quality + f.organisation) / 3.0) as mean
          from registration_feedback f join events e on e.event_id = f.event_id group by e.activity
        )
        select e.activity, count(*)::int as events, sum(e.capacity)::int as seats,
               (select count(*) from nominations n where n.activity = e.activity)::int as nominated,
               (select count(*) from nominations n where n.activity = e.activity and (n.holds_seat or n.state = 'NO_SHOW'))::int as taken,
               (select count(*) from nominations n where n.activity = e.activity and n.state = 'ATTENDED')::int as attended,
               (select count(*) from nominations n where n.activity = e.activity and n.state = 'NO_SHOW')::int as absent,
               (select count(distinct n.nation) from nominations n where n.activity = e.activity)::int as nations,
               coalesce((select m.answers from marks m where m.activity = e.activity), 0)::int as answers,
               (select m.mean from marks m where m.activity = e.activity and m.answers >= 3) as mean
        from events e group by e.activity
        """.formatted(where, where.isEmpty() ? "where" : "and");
    var statement = jdbc.sql(sql).param("year", year);
    if (activity != null) {
      statement = statement.param("activity", activity);
    }
    return statement.query((rs, n) -> {
      var seats = rs.getInt("seats");
      var demand = seats == 0 ? 0 : (double) rs.getInt("nominated") / seats;
      var fill = seats == 0 ? 0 : (double) rs.getInt("taken") / seats;
      var recorded = rs.getInt("attended") + rs.getInt("absent");
      Double noShow = recorded == 0 ? null : (double) rs.getInt("absent") / recorded;
      var meanValue = rs.getBigDecimal("mean");
      Double mean = meanValue == null ? null : meanValue.doubleValue();
      var weakness = Math.min(Math.min(demand, 1.0), fill);
      if (mean != null) weakness = Math.min(weakness, mean / 5);
      if (noShow != null) weakness = Math.min(weakness, 1 - noShow);
      return new Figures(rs.getString("activity"), year, rs.getInt("events"), seats, rs.getInt("nominated"), round(demand),
          round(fill), noShow == null ? null : round(noShow), mean == null ? null : round(mean), rs.getInt("answers"),
          rs.getInt("nations"), round(weakness));
    }).list();
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
