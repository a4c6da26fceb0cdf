package org.entente.capacitybuilding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.capacitybuilding.CapacityPackage.Area;
import org.entente.capacitybuilding.CapacityPackage.Expert;
import org.entente.capacitybuilding.CapacityPackage.Progress;
import org.entente.capacitybuilding.CapacityPackage.Review;
import org.entente.languages.BilingualText;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The packages' tables; row-level security decides which rows the caller gets. */
@Repository
class PackageStore {

  private final JdbcClient jdbc;

  PackageStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Filter(@Nullable String status, @Nullable String partner) {}

  private static final String WHERE = """
      where (cast(:status as text) is null or status = :status)
        and (cast(:partner as text) is null or partner = :partner or :partner = any (contributors))
      """;

  List<PackageSummary> list(Filter filter, Paging paging) {
    return jdbc.sql("select * from capacitybuilding_package " + WHERE + " order by created_at desc, id limit :size offset :offset")
        .param("status", filter.status()).param("partner", filter.partner()).param("size", paging.size()).param("offset", paging.offset())
        .query((rs, n) -> new PackageSummary(rs.getObject("id", UUID.class), rs.getString("partner"), text(rs, "title"),
            CapacityBuildingStatus.valueOf(rs.getString("status")), array(rs, "contributors"), rs.getObject("next_review", LocalDate.class)))
        .list();
  }

  long count(Filter filter) {
    return jdbc.sql("select count(*) from capacitybuilding_package " + WHERE)
        .param("status", filter.status()).param("partner", filter.partner()).query(Long.class).single();
  }

  long countIn(CapacityBuildingStatus status) {
    return jdbc.sql("select count(*) from capacitybuilding_package where status = :status").param("status", status.name())
        .query(Long.class).single();
  }

  long reviewsDue(LocalDate by) {
    return jdbc.sql("select count(*) from capacitybuilding_package where status = 'IMPLEMENTING' and next_review <= :by")
        .param("by", by).query(Long.class).single();
  }

  long inPreparationFor(String nation) {
    return jdbc.sql("""
            select count(*) from capacitybuilding_package
            where status in ('REQUESTED', 'ASSESSING', 'DRAFTED', 'BEFORE_COUNCIL') and (partner = :nation or :nation = any (contributors))
            """).param("nation", nation).query(Long.class).single();
  }

  Optional<CapacityPackage> find(UUID id) {
    return row(id, "");
  }

  Optional<CapacityPackage> lock(UUID id) {
    return row(id, " for update");
  }

  private Optional<CapacityPackage> row(UUID id, String lock) {
    return jdbc.sql("select * from capacitybuilding_package where id = :id" + lock).param("id", id)
        .query((rs, n) -> new CapacityPackage(rs.getObject("id", UUID.class), rs.getString("partner"), rs.getString("requested_by"),
            text(rs, "title"), text(rs, "request"), text(rs, "assessment"), CapacityBuildingStatus.valueOf(rs.getString("status")),
            array(rs, "contributors"), rs.getObject("trust_fund", UUID.class), rs.getString("funding_reference"), rs.getString("decision"),
            rs.getString("reason"), rs.getObject("next_review", LocalDate.class), areas(id), experts(id), reviews(id),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
        .optional();
  }

  private List<Area> areas(UUID id) {
    var latest = jdbc.sql("""
            select p.area, p.percent from capacitybuilding_progress p join capacitybuilding_review r on r.id = p.review
            where p.package = :id order by r.reviewed_on, r.id
            """).param("id", id).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2)}).list();
    var progress = new java.util.HashMap<UUID, Integer>();
    latest.forEach(row -> progress.put((UUID) row[0], (Integer) row[1]));
    var projects = jdbc.sql("select * from capacitybuilding_project where package = :id order by title_en, title_fr, id").param("id", id)
        .query((rs, n) -> new Object[] {rs.getObject("area", UUID.class), text(rs, "title")}).list();
    return jdbc.sql("select * from capacitybuilding_area where package = :id order by position").param("id", id)
        .query((rs, n) -> {
          var area = rs.getObject("id", UUID.class);
          return new Area(area, rs.getInt("position"), text(rs, "name"),
              projects.stream().filter(p -> area.equals(p[0])).map(p -> (BilingualText) p[1]).toList(), progress.get(area));
        }).list();
  }

  private List<Expert> experts(UUID id) {
    return jdbc.sql("select * from capacitybuilding_expert where package = :id order by nation, kind, name, id").param("id", id)
        .query((rs, n) -> new Expert(rs.getObject("id", UUID.class), rs.getString("nation"), CapacityPackage.Kind.valueOf(rs.getString("kind")),
            rs.getString("name"), rs.getObject("area", UUID.class)))
        .list();
  }

  private List<Review> reviews(UUID id) {
    var progress = jdbc.sql("select * from capacitybuilding_progress where package = :id").param("id", id)
        .query((rs, n) -> new Object[] {rs.getObject("review", UUID.class),
            new Progress(rs.getObject("area", UUID.class), rs.getInt("percent"), rs.getString("note"))}).list();
    return jdbc.sql("select * from capacitybuilding_review where package = :id order by reviewed_on, id").param("id", id)
        .query((rs, n) -> {
          var review = rs.getObject("id", UUID.class);
          return new Review(review, rs.getObject("reviewed_on", LocalDate.class), text(rs, "summary"), rs.getString("reviewed_by"),
              progress.stream().filter(p -> review.equals(p[0])).map(p -> (Progress) p[1]).toList());
        }).list();
  }

  UUID insert(String partner, String by, BilingualText title, BilingualText request) {
    return jdbc.sql("""
            insert into capacitybuilding_package (partner, requested_by, title_en, title_fr, request_en, request_fr)
            values (:partner, :by, :titleEn, :titleFr, :requestEn, :requestFr) returning id
            """)
        .param("partner", partner).param("by", by).param("titleEn", title.en()).param("titleFr", title.fr())
        .param("requestEn", request.en()).param("requestFr", request.fr()).query(UUID.class).single();
  }

  void move(UUID id, CapacityBuildingStatus to, @Nullable String reason) {
    jdbc.sql("update capacitybuilding_package set status = :to, reason = coalesce(:reason, reason), updated_at = now() where id = :id")
        .param("id", id).param("to", to.name()).param("reason", reason).update();
  }

  void decided(UUID id, CapacityBuildingStatus to, String decision, @Nullable LocalDate nextReview) {
    jdbc.sql("update capacitybuilding_package set status = :to, decision = :decision, next_review = :next, updated_at = now() where id = :id")
        .param("id", id).param("to", to.name()).param("decision", decision).param("next", nextReview).update();
  }

  void assessment(UUID id, BilingualText assessment) {
    jdbc.sql("update capacitybuilding_package set assessment_en = :en, assessment_fr = :fr, updated_at = now() where id = :id")
        .param("id", id).param("en", assessment.en()).param("fr", assessment.fr()).update();
  }

  void funding(UUID id, @Nullable UUID trustFund, @Nullable String reference) {
    jdbc.sql("update capacitybuilding_package set trust_fund = :fund, funding_reference = :reference, updated_at = now() where id = :id")
        .param("id", id).param("fund", trustFund).param("reference", reference).update();
  }

  UUID addArea(UUID id, BilingualText name, List<BilingualText> projects) {
    var area = jdbc.sql("""
            insert into capacitybuilding_area (package, position, name_en, name_fr)
            values (:id, (select coalesce(max(position), 0) + 1 from capacitybuilding_area where package = :id), :en, :fr) returning id
            """).param("id", id).param("en", name.en()).param("fr", name.fr()).query(UUID.class).single();
    for (var p : projects) {
      jdbc.sql("insert into capacitybuilding_project (area, package, title_en, title_fr) values (:area, :id, :en, :fr)")
          .param("area", area).param("id", id).param("en", p.en()).param("fr", p.fr()).update();
    }
    return area;
  }

  UUID addExpert(UUID id, String nation, CapacityPackage.Kind kind, String name, @Nullable UUID area) {
    var expert = jdbc.sql("insert into capacitybuilding_expert (package, area, nation, kind, name) values (:id, :area, :nation, :kind, :name) returning id")
        .param("id", id).param("area", area).param("nation", nation).param("kind", kind.name()).param("name", name).query(UUID.class).single();
    jdbc.sql("""
            update capacitybuilding_package set contributors = (select coalesce(array_agg(distinct nation order by nation), '{}')
              from capacitybuilding_expert where package = :id), updated_at = now() where id = :id
            """).param("id", id).update();
    return expert;
  }

  UUID addReview(UUID id, LocalDate on, BilingualText summary, String by, List<Progress> progress) {
    var review = jdbc.sql("""
            insert into capacitybuilding_review (package, reviewed_on, summary_en, summary_fr, reviewed_by)
            values (:id, :on, :en, :fr, :by) returning id
            """).param("id", id).param("on", on).param("en", summary.en()).param("fr", summary.fr()).param("by", by).query(UUID.class).single();
    for (var p : progress) {
      jdbc.sql("insert into capacitybuilding_progress (review, area, package, percent, note) values (:review, :area, :id, :percent, :note)")
          .param("review", review).param("area", p.area()).param("id", id).param("percent", p.percent()).param("note", p.note()).update();
    }
    jdbc.sql("update capacitybuilding_package set status = 'IMPLEMENTING', next_review = :next, updated_at = now() where id = :id")
        .param("id", id).param("next", on.plusYears(2)).update();
    return review;
  }

  private static BilingualText text(ResultSet rs, String column) throws SQLException {
    return new BilingualText(rs.getString(column + "_en"), rs.getString(column + "_fr"));
  }

  private static List<String> array(ResultSet rs, String column) throws SQLException {
    var array = rs.getArray(column);
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
