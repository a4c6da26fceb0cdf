package org.entente.trustfunds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trust funds' tables; row-level security decides which rows the caller gets. */
@Repository
class TrustFundStore {

  private final JdbcClient jdbc;

  TrustFundStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The funds the caller sees in full, filtered, a page of them, with how many there are in all. */
  List<TrustFund> list(@Nullable String host, @Nullable String status, long offset, int limit) {
    return jdbc.sql("""
            select * from trustfunds_project
            where (cast(:host as text) is null or host = :host) and (cast(:status as text) is null or status = :status)
            order by host, coalesce(series, ''), phase nulls first, created_at, id
            offset :offset limit :limit
            """)
        .param("host", host).param("status", status).param("offset", offset).param("limit", limit)
        .query(this::project).list().stream().map(this::complete).toList();
  }

  long count(@Nullable String host, @Nullable String status) {
    return jdbc.sql("""
            select count(*) from trustfunds_project
            where (cast(:host as text) is null or host = :host) and (cast(:status as text) is null or status = :status)
            """).param("host", host).param("status", status).query(Long.class).single();
  }

  Optional<TrustFund> find(UUID id) {
    return jdbc.sql("select * from trustfunds_project where id = :id").param("id", id).query(this::project).optional().map(this::complete);
  }

  Optional<TrustFund> lock(UUID id) {
    return jdbc.sql("select * from trustfunds_project where id = :id for update").param("id", id).query(this::project).optional()
        .map(this::complete);
  }

  List<PublicSummary> summaries() {
    return jdbc.sql("select * from trustfunds_public_summaries() order by host, code").query(TrustFundStore::summary).list();
  }

  Optional<PublicSummary> summary(UUID id) {
    return jdbc.sql("select * from trustfunds_public_summaries() where id = :id").param("id", id).query(TrustFundStore::summary).optional();
  }

  String nextCode(String host) {
    var n = jdbc.sql("select nextval('trustfunds_code_seq')").query(Long.class).single();
    return "TF-" + host + "-" + String.format("%04d", n % 10_000);
  }

  record Draft(UUID id, String code, @Nullable String series, @Nullable Integer phase, BilingualText title, BilingualText purpose,
      String host, String proposer, @Nullable String executingAgent, Category category, @Nullable String location,
      @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String currency, @Nullable UUID programme, @Nullable String objective,
      String by) {}

  void insert(Draft d) {
    jdbc.sql("""
            insert into trustfunds_project (id, code, series, phase, title_en, title_fr, purpose_en, purpose_fr, host, proposer,
              executing_agent, category, location, starts_on, ends_on, currency, programme, objective, created_by)
            values (:id, :code, :series, :phase, :titleEn, :titleFr, :purposeEn, :purposeFr, :host, :proposer, :agent, :category,
              :location, :startsOn, :endsOn, :currency, :programme, :objective, :by)
            """)
        .param("id", d.id()).param("code", d.code()).param("series", d.series()).param("phase", d.phase())
        .param("titleEn", d.title().en()).param("titleFr", d.title().fr()).param("purposeEn", d.purpose().en())
        .param("purposeFr", d.purpose().fr()).param("host", d.host()).param("proposer", d.proposer())
        .param("agent", d.executingAgent()).param("category", d.category().name()).param("location", d.location())
        .param("startsOn", d.startsOn()).param("endsOn", d.endsOn()).param("currency", d.currency())
        .param("programme", d.programme()).param("objective", d.objective()).param("by", d.by())
        .update();
  }

  void move(UUID id, TrustFundStatus to) {
    jdbc.sql("update trustfunds_project set status = :status, updated_at = now() where id = :id")
        .param("id", id).param("status", to.name()).update();
  }

  void agree(UUID id, String who) {
    jdbc.sql("update trustfunds_project set agreed_by = array_append(array_remove(agreed_by, :who), :who), updated_at = now() where id = :id")
        .param("id", id).param("who", who).update();
  }

  void clearAgreements(UUID id) {
    jdbc.sql("update trustfunds_project set agreed_by = '{}', updated_at = now() where id = :id").param("id", id).update();
  }

  void launch(UUID id, String decision, LocalDate on) {
    jdbc.sql("update trustfunds_project set status = 'LAUNCHED', decision = :decision, launched_on = :on, updated_at = now() where id = :id")
        .param("id", id).param("decision", decision).param("on", on).update();
  }

  void close(UUID id, String note) {
    jdbc.sql("update trustfunds_project set status = 'CLOSED', closing_note = :note, updated_at = now() where id = :id")
        .param("id", id).param("note", note).update();
  }

  void cancel(UUID id, String reason) {
    jdbc.sql("update trustfunds_project set status = 'CANCELLED', cancel_reason = :reason, updated_at = now() where id = :id")
        .param("id", id).param("reason", reason).update();
  }

  void setExecutingAgent(UUID id, String agent) {
    jdbc.sql("update trustfunds_project set executing_agent = :agent, updated_at = now() where id = :id")
        .param("id", id).param("agent", agent).update();
  }

  void setTransparent(UUID id, boolean transparent) {
    jdbc.sql("update trustfunds_project set transparent = :t, updated_at = now() where id = :id").param("id", id).param("t", transparent).update();
  }

  void addParty(UUID project, String organisation, String role) {
    jdbc.sql("insert into trustfunds_party (project, organisation, role) values (:p, :o, :r) on conflict do nothing")
        .param("p", project).param("o", organisation).param("r", role).update();
  }

  void removeParty(UUID project, String organisation, String role) {
    jdbc.sql("delete from trustfunds_party where project = :p and organisation = :o and role = :r")
        .param("p", project).param("o", organisation).param("r", role).update();
  }

  void replaceBudget(UUID project, List<TrustFund.BudgetLine> lines) {
    jdbc.sql("delete from trustfunds_budget_line where project = :p").param("p", project).update();
    for (var line : lines) {
      jdbc.sql("insert into trustfunds_budget_line (project, position, label_en, label_fr, amount) values (:p, :n, :en, :fr, :amount)")
          .param("p", project).param("n", line.position()).param("en", line.label().en()).param("fr", line.label().fr())
          .param("amount", line.amount()).update();
    }
  }

  void record(LedgerLine l) {
    jdbc.sql("""
            insert into trustfunds_transaction (id, project, kind, organisation, amount, currency, rate, rate_on, project_amount,
              occurred_on, description, confirms, recorded_by)
            values (:id, :project, :kind, :organisation, :amount, :currency, :rate, :rateOn, :projectAmount, :occurredOn,
              :description, :confirms, :by)
            """)
        .param("id", l.id()).param("project", l.project()).param("kind", l.kind().name()).param("organisation", l.organisation())
        .param("amount", l.amount()).param("currency", l.currency()).param("rate", l.rate()).param("rateOn", l.rateOn())
        .param("projectAmount", l.projectAmount()).param("occurredOn", l.occurredOn()).param("description", l.description())
        .param("confirms", l.confirms()).param("by", l.recordedBy())
        .update();
  }

  List<LedgerLine> ledger(UUID project) {
    return jdbc.sql("select * from trustfunds_transaction where project = :p order by occurred_on, recorded_at, id")
        .param("p", project).query(TrustFundStore::line).list();
  }

  Optional<LedgerLine> line(UUID id) {
    return jdbc.sql("select * from trustfunds_transaction where id = :id").param("id", id).query(TrustFundStore::line).optional();
  }

  /** Pledges no commitment confirms yet, of the funds the caller leads (or all, for staff). */
  List<LedgerLine> unconfirmedPledges(@Nullable UUID project) {
    return jdbc.sql("""
            select * from trustfunds_transaction t
            where t.kind = 'PLEDGE' and (cast(:p as uuid) is null or t.project = :p)
              and not exists (select 1 from trustfunds_transaction c where c.confirms = t.id)
            order by t.occurred_on
            """).param("p", project).query(TrustFundStore::line).list();
  }

  private TrustFund complete(Row r) {
    var parties = jdbc.sql("select organisation, role from trustfunds_party where project = :p order by since, organisation")
        .param("p", r.id()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    var leads = new ArrayList<String>();
    var invited = new ArrayList<String>();
    var donors = new ArrayList<String>();
    for (var p : parties) {
      switch (p[1]) {
        case "LEAD" -> leads.add(p[0]);
        case "INVITED_LEAD" -> invited.add(p[0]);
        default -> donors.add(p[0]);
      }
    }
    var budget = jdbc.sql("select * from trustfunds_budget_line where project = :p order by position").param("p", r.id())
        .query((rs, n) -> new TrustFund.BudgetLine(rs.getInt("position"), new BilingualText(rs.getString("label_en"), rs.getString("label_fr")),
            rs.getBigDecimal("amount"))).list();
    var launched = r.rs().launchedOn();
    return new TrustFund(r.id(), r.rs().code(), r.rs().series(), r.rs().phase(), r.rs().title(), r.rs().purpose(), r.rs().host(),
        r.rs().proposer(), r.rs().executingAgent(), leads, invited, donors, r.rs().category(), r.rs().location(), r.rs().startsOn(),
        r.rs().endsOn(), r.rs().currency(), r.rs().status(), r.rs().agreedBy(), r.rs().transparent(), r.rs().programme(),
        r.rs().objective(), r.rs().decision(), launched, r.rs().closingNote(), r.rs().cancelReason(), budget, r.rs().createdBy(),
        r.rs().createdAt());
  }

  /** The project row as read, before its parties and budget are added. */
  private record Fields(String code, @Nullable String series, @Nullable Integer phase, BilingualText title, BilingualText purpose,
      String host, String proposer, @Nullable String executingAgent, Category category, @Nullable String location,
      @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String currency, TrustFundStatus status, java.util.Set<String> agreedBy,
      boolean transparent, @Nullable UUID programme, @Nullable String objective, @Nullable String decision, @Nullable LocalDate launchedOn,
      @Nullable String closingNote, @Nullable String cancelReason, String createdBy, java.time.Instant createdAt) {}

  private record Row(UUID id, Fields rs) {}

  private Row project(ResultSet rs, int n) throws SQLException {
    var phase = rs.getObject("phase", Integer.class);
    return new Row(rs.getObject("id", UUID.class), new Fields(rs.getString("code"), rs.getString("series"), phase,
        new BilingualText(rs.getString("title_en"), rs.getString("title_fr")),
        new BilingualText(rs.getString("purpose_en"), rs.getString("purpose_fr")), rs.getString("host"), rs.getString("proposer"),
        rs.getString("executing_agent"), Category.valueOf(rs.getString("category")), rs.getString("location"),
        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("currency"),
        TrustFundStatus.valueOf(rs.getString("status")), new HashSet<>(list(rs.getArray("agreed_by"))), rs.getBoolean("transparent"),
        rs.getObject("programme", UUID.class), rs.getString("objective"), rs.getString("decision"),
        rs.getObject("launched_on", LocalDate.class), rs.getString("closing_note"), rs.getString("cancel_reason"),
        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()));
  }

  private static PublicSummary summary(ResultSet rs, int n) throws SQLException {
    return new PublicSummary(rs.getObject("id", UUID.class), rs.getString("code"), new BilingualText(rs.getString("title_en"), rs.getString("title_fr")),
        rs.getString("host"), rs.getString("executing_agent"), Category.valueOf(rs.getString("category")), TrustFundStatus.valueOf(rs.getString("status")),
        rs.getString("currency"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
        rs.getObject("launched_on", LocalDate.class), list(rs.getArray("leads")), scaled(rs.getBigDecimal("pledged")),
        scaled(rs.getBigDecimal("committed")), scaled(rs.getBigDecimal("received")), scaled(rs.getBigDecimal("disbursed")),
        scaled(rs.getBigDecimal("spent")));
  }

  private static LedgerLine line(ResultSet rs, int n) throws SQLException {
    return new LedgerLine(rs.getObject("id", UUID.class), rs.getObject("project", UUID.class), TransactionKind.valueOf(rs.getString("kind")),
        rs.getString("organisation"), scaled(rs.getBigDecimal("amount")), rs.getString("currency"), rs.getBigDecimal("rate").stripTrailingZeros(),
        rs.getObject("rate_on", LocalDate.class), scaled(rs.getBigDecimal("project_amount")), rs.getObject("occurred_on", LocalDate.class),
        rs.getString("description"), rs.getObject("confirms", UUID.class), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
  }

  /** Amounts read back with the two decimals of a cent (or as many as they carry beyond it). */
  static BigDecimal scaled(BigDecimal value) {
    var plain = value.stripTrailingZeros();
    return plain.scale() < 2 ? plain.setScale(2) : plain;
  }

  private static List<String> list(java.sql.@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
