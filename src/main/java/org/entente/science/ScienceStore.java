package org.entente.science;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's SQL; every read goes through row-level security as the caller. */
@Repository
class ScienceStore {

  private final JdbcClient jdbc;

  ScienceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ------------------------------------------------------------------ calls

  /** Signed-in readers through row-level security; visitors the published calls only. */
  private static String callSource() {
    return org.entente.access.Callers.current().isPresent() ? "select * from science_call" : "select * from science_public_calls()";
  }

  String nextCallCode(int year) {
    // staff read every call
    var n = jdbc.sql("select count(*) + 1 from science_call where code like :p").param("p", "SPS-" + year + "-%").query(Long.class).single();
    return "SPS-" + year + "-" + String.format("%02d", n);
  }

  void insertCall(Call c) {
    jdbc.sql("""
        insert into science_call (id, code, title_en, title_fr, priorities, mechanisms, deadline, panel_from, panel_to, published, created_by)
        values (:id, :code, :en, :fr, :priorities, :mechanisms, :deadline, :from, :to, :published, :by)""")
        .param("id", c.id()).param("code", c.code()).param("en", c.title().en()).param("fr", c.title().fr())
        .param("priorities", c.priorities().stream().map(Enum::name).toArray(String[]::new))
        .param("mechanisms", c.mechanisms().stream().map(Enum::name).toArray(String[]::new))
        .param("deadline", c.deadline()).param("from", c.panelFrom()).param("to", c.panelTo()).param("published", c.published())
        .param("by", c.createdBy()).update();
  }

  Optional<Call> call(UUID id) {
    return jdbc.sql(callSource() + " where id = :id").param("id", id).query(ScienceStore::call).optional();
  }

  Listing<Call> calls(Paging paging) {
    return paging.query(jdbc, callSource() + " order by deadline desc, code", java.util.Map.of(), ScienceStore::call);
  }

  void publishCall(UUID id) {
    jdbc.sql("update science_call set published = true where id = :id").param("id", id).update();
  }

  void closeCall(UUID id) {
    jdbc.sql("update science_call set closed = true where id = :id").param("id", id).update();
  }

  // ------------------------------------------------------------------ applications

  private static final String APPLICATION = "select a.*, c.code as call_code from science_application a join science_call c on c.id = a.call_id";

  String nextApplicationCode() {
    return "G" + (5000 + jdbc.sql("select nextval('science_code_seq')").query(Long.class).single());
  }

  record NewApplication(UUID id, UUID call, String code, Mechanism mechanism, BilingualText title, BilingualText summary,
      List<KeyPriority> priorities, Application.CoDirector ally, Application.CoDirector partner, Budget budget, UUID applicant,
      String applicantName) {}

  void insertApplication(NewApplication a) {
    jdbc.sql("""
        insert into science_application (id, call_id, code, mechanism, title_en, title_fr, abstract_en, abstract_fr, priorities,
          ally_nation, ally_director, ally_email, partner_nation, partner_director, partner_email,
          equipment, travel, training, stipends, other, applicant, applicant_name)
        values (:id, :call, :code, :mechanism, :ten, :tfr, :aen, :afr, :priorities, :an, :ad, :ae, :pn, :pd, :pe,
          :equipment, :travel, :training, :stipends, :other, :applicant, :applicantName)""")
        .param("id", a.id()).param("call", a.call()).param("code", a.code()).param("mechanism", a.mechanism().name())
        .param("ten", a.title().en()).param("tfr", a.title().fr()).param("aen", a.summary().en()).param("afr", a.summary().fr())
        .param("priorities", a.priorities().stream().map(Enum::name).toArray(String[]::new))
        .param("an", a.ally().nation()).param("ad", a.ally().name()).param("ae", a.ally().email())
        .param("pn", a.partner().nation()).param("pd", a.partner().name()).param("pe", a.partner().email())
        .param("equipment", a.budget().equipment()).param("travel", a.budget().travel()).param("training", a.budget().training())
        .param("stipends", a.budget().stipends()).param("other", a.budget().other())
        .param("applicant", a.applicant()).param("applicantName", a.applicantName()).update();
  }

  Optional<Application> application(UUID id) {
    return jdbc.sql(APPLICATION + " where a.id = :id").param("id", id).query(ScienceStore::application).optional();
  }

  Optional<Application> lock(UUID id) {
    jdbc.sql("select id from science_application where id = :id for update").param("id", id).query(UUID.class).optional();
    return application(id);
  }

  Listing<Application> applications(@Nullable UUID call, @Nullable String status, Paging paging) {
    var params = new java.util.HashMap<String, Object>();
    var where = new ArrayList<String>();
    if (call != null) { where.add("a.call_id = :call"); params.put("call", call); }
    if (status != null) { where.add("a.status = :status"); params.put("status", status); }
    return paging.query(jdbc, APPLICATION + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
        + " order by a.submitted_at desc, a.id", params, ScienceStore::application);
  }

  List<Application> applicationsOf(UUID call) {
    return jdbc.sql(APPLICATION + " where a.call_id = :call order by a.code").param("call", call).query(ScienceStore::application).list();
  }

  void move(UUID id, ApplicationStatus to) {
    jdbc.sql("update science_application set status = :s, updated_at = now() where id = :id").param("s", to.name()).param("id", id).update();
  }

  void screen(UUID id, ApplicationStatus to, String reason) {
    jdbc.sql("update science_application set status = :s, screening_reason = :r, updated_at = now() where id = :id")
        .param("s", to.name()).param("r", reason).param("id", id).update();
  }

  void decide(UUID id, ApplicationStatus to, String decision) {
    jdbc.sql("update science_application set status = :s, decision = :d, updated_at = now() where id = :id")
        .param("s", to.name()).param("d", decision).param("id", id).update();
  }

  void award(UUID id, BigDecimal amount, java.time.LocalDate on) {
    jdbc.sql("update science_application set status = 'AWARDED', awarded_amount = :a, awarded_on = :on, updated_at = now() where id = :id")
        .param("a", amount).param("on", on).param("id", id).update();
  }

  void finalReport(UUID id, String text) {
    jdbc.sql("update science_application set status = 'FINAL_REPORT', final_report = :t, updated_at = now() where id = :id")
        .param("t", text).param("id", id).update();
  }

  void releaseSummary(UUID id, BilingualText text, String by) {
    jdbc.sql("""
        update science_application set review_summary_en = :en, review_summary_fr = :fr, summary_released_by = :by,
          summary_released_at = now(), updated_at = now() where id = :id""")
        .param("en", text.en()).param("fr", text.fr()).param("by", by).param("id", id).update();
  }

  List<PublicProject> publicProjects() {
    return jdbc.sql("select * from science_public_projects()").query((rs, n) -> new PublicProject(rs.getObject("id", UUID.class),
        rs.getString("code"), rs.getString("call_code"), Mechanism.valueOf(rs.getString("mechanism")),
        new BilingualText(rs.getString("title_en"), rs.getString("title_fr")), new BilingualText(rs.getString("abstract_en"), rs.getString("abstract_fr")),
        priorities(rs.getArray("priorities")), rs.getString("ally_nation"), rs.getString("ally_director"), rs.getString("partner_nation"),
        rs.getString("partner_director"), ApplicationStatus.valueOf(rs.getString("status")), rs.getString("currency"),
        rs.getBigDecimal("awarded_amount"), rs.getObject("awarded_on", java.time.LocalDate.class))).list();
  }

  // ------------------------------------------------------------------ panel and reviews

  void nominate(UUID account, String name, String nation, String by) {
    jdbc.sql("insert into science_panel_member (account, name, nation, nominated_by) values (:a, :n, :nation, :by)")
        .param("a", account).param("n", name).param("nation", nation).param("by", by).update();
  }

  void appoint(UUID account, String by) {
    jdbc.sql("update science_panel_member set status = 'APPOINTED', appointed_by = :by where account = :a").param("a", account).param("by", by).update();
  }

  Optional<PanelMember> member(UUID account) {
    return jdbc.sql("select * from science_panel_member where account = :a").param("a", account).query(ScienceStore::member).optional();
  }

  Listing<PanelMember> panel(Paging paging) {
    return paging.query(jdbc, "select * from science_panel_member order by nation, name, account", java.util.Map.of(), ScienceStore::member);
  }

  void assign(UUID application, PanelMember member, String by) {
    jdbc.sql("""
        insert into science_review (application, reviewer, reviewer_name, reviewer_nation, assigned_by)
        values (:app, :r, :n, :nation, :by)""")
        .param("app", application).param("r", member.account()).param("n", member.name()).param("nation", member.nation())
        .param("by", by).update();
  }

  /** Any earlier assignment of this reviewer to the application, declined ones included (read as staff). */
  Optional<Review> assignment(UUID application, UUID reviewer) {
    return jdbc.sql("select * from science_review where application = :a and reviewer = :r").param("a", application).param("r", reviewer)
        .query(ScienceStore::review).optional();
  }

  /** The reviews of an application the caller reads (row-level security decides whose). */
  List<Review> reviews(UUID application) {
    return jdbc.sql("select * from science_review where application = :a order by assigned_at, id").param("a", application)
        .query(ScienceStore::review).list();
  }

  Listing<Review> queue(UUID reviewer, Paging paging) {
    return paging.query(jdbc, "select * from science_review where reviewer = :r and status <> 'DECLINED' order by status, assigned_at, id",
        java.util.Map.of("r", reviewer), ScienceStore::review);
  }

  void decline(UUID review, boolean conflict, @Nullable String reason) {
    jdbc.sql("update science_review set status = 'DECLINED', conflict = :c, decline_reason = :why where id = :id")
        .param("c", conflict).param("why", reason).param("id", review).update();
  }

  void submit(UUID review, int merit, int relevance, int capacity, int value, String comment) {
    jdbc.sql("""
        update science_review set status = 'SUBMITTED', merit = :m, relevance = :r, capacity = :c, value = :v, comment = :t,
          submitted_at = now() where id = :id""")
        .param("m", merit).param("r", relevance).param("c", capacity).param("v", value).param("t", comment).param("id", review).update();
  }

  List<SciencePanel.DeclaredConflict> conflicts() {
    return jdbc.sql("""
        select r.reviewer, r.reviewer_name, r.reviewer_nation, r.application, a.code, r.decline_reason
        from science_review r join science_application a on a.id = r.application
        where r.conflict order by r.reviewer_nation, r.reviewer_name, a.code""")
        .query((rs, n) -> new SciencePanel.DeclaredConflict(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6))).list();
  }

  /** Whether the account reviews the application's project plan and has not declined (migration science/V104). */
  boolean reviewsPlan(UUID application, UUID account) {
    return jdbc.sql("select count(*) from science_plan_review where application = :a and reviewer = :r and status <> 'DECLINED'")
        .param("a", application).param("r", account).query(Long.class).single() > 0;
  }

  /** Whether the account monitors the application (migration science/V103; the monitor reads their own row). */
  boolean monitors(UUID application, UUID account) {
    return jdbc.sql("select count(*) from science_monitor where application = :a and monitor = :m").param("a", application).param("m", account)
        .query(Long.class).single() > 0;
  }

  /** The caller's account's e-mail, lower case (identity's SQL interface), which makes them a co-director. */
  @Nullable String callerEmail() {
    return jdbc.sql("select identity_email()").query(String.class).optional().orElse(null);
  }

  UUID report(UUID application, String body, String by, List<String> overspent) {
    var id = UUID.randomUUID();
    jdbc.sql("insert into science_report (id, application, body, written_by, overspent) values (:id, :a, :b, :by, :o)")
        .param("id", id).param("a", application).param("b", body).param("by", by).param("o", overspent.toArray(String[]::new)).update();
    return id;
  }

  void spending(UUID report, UUID application, String category, BigDecimal amount) {
    jdbc.sql("insert into science_spending (report, application, category, amount) values (:r, :a, :c, :m)")
        .param("r", report).param("a", application).param("c", category).param("m", amount).update();
  }

  /** The spending reported so far per category (categories without any absent). */
  java.util.Map<String, BigDecimal> spent(UUID application) {
    var out = new java.util.HashMap<String, BigDecimal>();
    jdbc.sql("select category, sum(amount) from science_spending where application = :a group by category").param("a", application)
        .query((rs, n) -> out.put(rs.getString(1), rs.getBigDecimal(2))).list();
    return out;
  }

  private static final String REPORT = """
      select r.*, coalesce((select jsonb_object_agg(s.category, s.amount::text) from science_spending s where s.report = r.id), '{}'::jsonb)::text
        as spending from science_report r""";

  List<ProgressReport> reports(UUID application) {
    return jdbc.sql(REPORT + " where r.application = :a order by r.written_at, r.id").param("a", application).query(ScienceStore::report).list();
  }

  Optional<ProgressReport> reportById(UUID report) {
    return jdbc.sql(REPORT + " where r.id = :id").param("id", report).query(ScienceStore::report).optional();
  }

  void reviewReport(UUID report, String by) {
    jdbc.sql("update science_report set reviewed_by = :by, reviewed_at = now() where id = :id").param("by", by).param("id", report).update();
  }

  /** Flagged reports not yet reviewed, with their application (read as staff). */
  List<ScienceGrants.Flagged> flagged() {
    return jdbc.sql("""
        select r.id, r.application, a.code, a.title_en, a.title_fr, r.overspent, r.written_at from science_report r
        join science_application a on a.id = r.application
        where cardinality(r.overspent) > 0 and r.reviewed_by is null order by r.written_at, r.id""")
        .query((rs, n) -> new ScienceGrants.Flagged(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            new BilingualText(rs.getString(4), rs.getString(5)), List.of((String[]) rs.getArray(6).getArray()), rs.getTimestamp(7).toInstant()))
        .list();
  }

  // ------------------------------------------------------------------ instalments

  private static final String INSTALMENT = "select * from science_instalment";

  List<Instalment> instalments(UUID application) {
    return jdbc.sql(INSTALMENT + " where application = :a order by number").param("a", application).query(ScienceStore::instalment).list();
  }

  Optional<Instalment> instalment(UUID application, UUID id) {
    return jdbc.sql(INSTALMENT + " where application = :a and id = :id").param("a", application).param("id", id)
        .query(ScienceStore::instalment).optional();
  }

  void insertInstalment(UUID id, UUID application, BigDecimal amount, @Nullable String milestone, java.time.@Nullable LocalDate dueOn,
      String by) {
    jdbc.sql("""
        insert into science_instalment (id, application, number, amount, milestone, due_on, planned_by)
        values (:id, :a, (select coalesce(max(number), 0) + 1 from science_instalment where application = :a), :m, :ms, :d, :by)""")
        .param("id", id).param("a", application).param("m", amount).param("ms", milestone).param("d", dueOn).param("by", by).update();
  }

  void moveInstalment(UUID id, Instalment.State to, String by) {
    var sql = to == Instalment.State.RELEASED
        ? "update science_instalment set state = 'RELEASED', released_by = :by, released_at = now() where id = :id"
        : "update science_instalment set state = 'PAID', paid_by = :by, paid_at = now() where id = :id";
    jdbc.sql(sql).param("by", by).param("id", id).update();
  }

  /** Planned instalments due on or before the day, with their application (read as the caller). */
  List<ScienceGrants.Due> due(java.time.LocalDate by) {
    return jdbc.sql("""
        select i.*, a.code, a.title_en, a.title_fr from science_instalment i join science_application a on a.id = i.application
        where i.state = 'PLANNED' and i.due_on <= :d order by i.due_on, a.code, i.number""").param("d", by)
        .query((rs, n) -> new ScienceGrants.Due(instalment(rs, n), rs.getString("code"), new BilingualText(rs.getString("title_en"), rs.getString("title_fr"))))
        .list();
  }

  // ------------------------------------------------------------------ rows

  private static Call call(ResultSet rs, int n) throws SQLException {
    return new Call(rs.getObject("id", UUID.class), rs.getString("code"), new BilingualText(rs.getString("title_en"), rs.getString("title_fr")),
        priorities(rs.getArray("priorities")), mechanisms(rs.getArray("mechanisms")), rs.getObject("deadline", java.time.LocalDate.class),
        rs.getObject("panel_from", java.time.LocalDate.class), rs.getObject("panel_to", java.time.LocalDate.class), rs.getBoolean("published"),
        rs.getBoolean("closed"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
  }

  private static Application application(ResultSet rs, int n) throws SQLException {
    return new Application(rs.getObject("id", UUID.class), rs.getObject("call_id", UUID.class), rs.getString("call_code"), rs.getString("code"),
        Mechanism.valueOf(rs.getString("mechanism")), new BilingualText(rs.getString("title_en"), rs.getString("title_fr")),
        new BilingualText(rs.getString("abstract_en"), rs.getString("abstract_fr")), priorities(rs.getArray("priorities")),
        new Application.CoDirector(rs.getString("ally_nation"), rs.getString("ally_director"), rs.getString("ally_email")),
        new Application.CoDirector(rs.getString("partner_nation"), rs.getString("partner_director"), rs.getString("partner_email")),
        rs.getString("currency"), new Budget(rs.getBigDecimal("equipment"), rs.getBigDecimal("travel"), rs.getBigDecimal("training"),
        rs.getBigDecimal("stipends"), rs.getBigDecimal("other")), ApplicationStatus.valueOf(rs.getString("status")),
        rs.getString("screening_reason"), rs.getString("decision"), rs.getBigDecimal("awarded_amount"),
        rs.getObject("awarded_on", java.time.LocalDate.class), rs.getString("final_report"), rs.getString("applicant_name"),
        rs.getTimestamp("submitted_at").toInstant(),
        rs.getTimestamp("summary_released_at") == null ? null : new BilingualText(rs.getString("review_summary_en"), rs.getString("review_summary_fr")),
        rs.getTimestamp("summary_released_at") == null ? null : rs.getTimestamp("summary_released_at").toInstant(),
        rs.getBigDecimal("planning_amount"), rs.getObject("planning_on", java.time.LocalDate.class), rs.getString("project_plan"));
  }

  private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

  private static ProgressReport report(ResultSet rs, int n) throws SQLException {
    var spending = new ArrayList<ProgressReport.Spent>();
    JSON.readTree(rs.getString("spending")).properties().forEach(e -> spending.add(new ProgressReport.Spent(e.getKey(),
        new BigDecimal(e.getValue().asString()))));
    spending.sort(java.util.Comparator.comparing(x -> Budget.CATEGORIES.indexOf(x.category())));
    return new ProgressReport(rs.getObject("id", UUID.class), rs.getObject("application", UUID.class), rs.getString("body"),
        rs.getString("written_by"), rs.getTimestamp("written_at").toInstant(), spending, List.of((String[]) rs.getArray("overspent").getArray()),
        rs.getString("reviewed_by"));
  }

  private static Instalment instalment(ResultSet rs, int n) throws SQLException {
    var released = rs.getTimestamp("released_at");
    var paid = rs.getTimestamp("paid_at");
    return new Instalment(rs.getObject("id", UUID.class), rs.getObject("application", UUID.class), rs.getInt("number"),
        rs.getBigDecimal("amount"), rs.getString("milestone"), rs.getObject("due_on", java.time.LocalDate.class),
        Instalment.State.valueOf(rs.getString("state")), rs.getString("planned_by"), rs.getTimestamp("planned_at").toInstant(),
        rs.getString("released_by"), released == null ? null : released.toInstant(), rs.getString("paid_by"),
        paid == null ? null : paid.toInstant());
  }

  private static PanelMember member(ResultSet rs, int n) throws SQLException {
    return new PanelMember(rs.getObject("account", UUID.class), rs.getString("name"), rs.getString("nation"),
        PanelMember.Status.valueOf(rs.getString("status")), rs.getString("nominated_by"), rs.getString("appointed_by"),
        rs.getTimestamp("created_at").toInstant());
  }

  private static Review review(ResultSet rs, int n) throws SQLException {
    var submitted = rs.getTimestamp("submitted_at");
    return new Review(rs.getObject("id", UUID.class), rs.getObject("application", UUID.class), rs.getObject("reviewer", UUID.class),
        rs.getString("reviewer_name"), rs.getString("reviewer_nation"), Review.State.valueOf(rs.getString("status")),
        rs.getBoolean("conflict"), rs.getString("decline_reason"), (Integer) rs.getObject("merit", Integer.class),
        rs.getObject("relevance", Integer.class), rs.getObject("capacity", Integer.class), rs.getObject("value", Integer.class),
        rs.getString("comment"), rs.getTimestamp("assigned_at").toInstant(), submitted == null ? null : submitted.toInstant());
  }

  private static List<KeyPriority> priorities(Array array) throws SQLException {
    var out = new ArrayList<KeyPriority>();
    for (var s : (String[]) array.getArray()) out.add(KeyPriority.valueOf(s));
    return out;
  }

  private static List<Mechanism> mechanisms(Array array) throws SQLException {
    var out = new ArrayList<Mechanism>();
    for (var s : (String[]) array.getArray()) out.add(Mechanism.valueOf(s));
    return out;
  }
}
