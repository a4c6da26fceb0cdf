package org.entente.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory's organisations and their memberships, read as they stood on a date. */
@Repository
class Organisations {

  // A nation is an Ally from its accession, else a partner while it belongs to any framework; before
  // either it was not yet part of the landscape and is left out. Other kinds are what they are.
  private static final String AS_OF =
      """
      select o.code, o.name_en, o.name_fr, o.ally_from, o.belongs_to, o.source, o.evidence,
             f.name_en as former_en, f.name_fr as former_fr,
             case when o.kind <> 'NATION' then o.kind
                  when o.ally_from <= cast(:on as date) then 'ALLY'
                  when exists (select 1 from directory_membership m
                               where m.organisation = o.code and m.valid_from <= cast(:on as date)
                                 and (m.valid_to is null or m.valid_to > cast(:on as date))) then 'PARTNER'
             end as kind_on
      from directory_organisation o
      left join directory_former_name f
        on f.organisation = o.code and (f.valid_from is null or f.valid_from <= cast(:on as date))
       and f.valid_to > cast(:on as date)
      """;

  private final JdbcClient jdbc;

  Organisations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Organisation> on(LocalDate on, @Nullable OrganisationKind kind, @Nullable String framework) {
    var rows =
        jdbc.sql(
                "select * from ("
                    + AS_OF
                    + ") o where kind_on is not null"
                    + " and (cast(:kind as text) is null or kind_on = cast(:kind as text))"
                    + " and (cast(:framework as text) is null or exists (select 1 from directory_membership m"
                    + "   where m.organisation = o.code and m.framework = cast(:framework as text)"
                    + "   and m.valid_from <= cast(:on as date)"
                    + "   and (m.valid_to is null or m.valid_to > cast(:on as date))))"
                    + " order by code")
            .param("on", on)
            .param("kind", kind == null ? null : kind.name())
            .param("framework", framework)
            .query(Organisations::row)
            .list();
    return withMemberships(rows, on);
  }

  Optional<Organisation> find(String code, LocalDate on) {
    var rows =
        jdbc.sql("select * from (" + AS_OF + ") o where code = :code")
            .param("on", on)
            .param("code", code)
            .query(Organisations::row)
            .list();
    return withMemberships(rows, on).stream().findFirst();
  }

  private List<Organisation> withMemberships(List<Row> rows, LocalDate on) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<Membership>> memberships =
        jdbc.sql(
                """
                select organisation, framework, valid_from, valid_to, status
                from directory_membership where organisation = any(:codes)
                order by valid_from, framework
                """)
            .param("codes", rows.stream().map(Row::code).toArray(String[]::new))
            .query(
                (rs, n) ->
                    Map.entry(
                        rs.getString("organisation"),
                        new Membership(
                            rs.getString("framework"),
                            rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class),
                            Membership.Status.valueOf(rs.getString("status")))))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return rows.stream().map(r -> r.toOrganisation(memberships.getOrDefault(r.code(), List.of()), on)).toList();
  }

  private record Row(
      String code,
      @Nullable OrganisationKind kind,
      BilingualText name,
      @Nullable LocalDate allyFrom,
      @Nullable String belongsTo,
      String source,
      String evidence) {

    Organisation toOrganisation(List<Membership> memberships, LocalDate on) {
      Membership.@Nullable Status status = null;
      if (kind == OrganisationKind.PARTNER) {
        var current = memberships.stream().filter(m -> m.covers(on)).toList();
        status =
            current.stream().allMatch(m -> m.status() == Membership.Status.SUSPENDED)
                ? Membership.Status.SUSPENDED
                : Membership.Status.ACTIVE;
      }
      // Asked by code about a date before it joined the landscape: every nation of the directory is an
      // Ally or a partner today, so say which.
      var shownKind = kind != null ? kind : allyFrom != null ? OrganisationKind.ALLY : OrganisationKind.PARTNER;
      return new Organisation(code, shownKind, name, allyFrom, belongsTo, status, memberships, source, evidence);
    }
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    var kind = rs.getString("kind_on");
    var formerEn = rs.getString("former_en");
    var name =
        formerEn != null
            ? new BilingualText(formerEn, rs.getString("former_fr"))
            : new BilingualText(rs.getString("name_en"), rs.getString("name_fr"));
    return new Row(
        rs.getString("code"),
        kind == null ? null : OrganisationKind.valueOf(kind),
        name,
        rs.getObject("ally_from", LocalDate.class),
        rs.getString("belongs_to"),
        rs.getString("source"),
        rs.getString("evidence"));
  }
}
