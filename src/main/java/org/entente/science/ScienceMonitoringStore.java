package org.entente.science;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of monitoring; every read and write goes through row-level security as the caller. */
@Repository
class ScienceMonitoringStore {

  private final JdbcClient jdbc;

  ScienceMonitoringStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Monitoring.Monitor> monitor(UUID application) {
    return jdbc.sql("select monitor, monitor_name, nation, appointed_by, appointed_at from science_monitor where application = :a")
        .param("a", application).query((rs, n) -> new Monitoring.Monitor(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getTimestamp(5).toInstant())).optional();
  }

  void appoint(UUID application, PanelMember member, String by) {
    jdbc.sql("""
        insert into science_monitor (application, monitor, monitor_name, nation, appointed_by) values (:a, :m, :n, :nation, :by)
        on conflict (application) do update set monitor = excluded.monitor, monitor_name = excluded.monitor_name,
          nation = excluded.nation, appointed_by = excluded.appointed_by, appointed_at = now()""")
        .param("a", application).param("m", member.account()).param("n", member.name()).param("nation", member.nation()).param("by", by)
        .update();
  }

  List<Monitoring.Note> notes(UUID application) {
    return jdbc.sql("select id, report, body, written_by, written_at from science_monitoring_note where application = :a order by written_at, id")
        .param("a", application).query((rs, n) -> new Monitoring.Note(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant())).list();
  }

  boolean noted(UUID report) {
    return jdbc.sql("select count(*) from science_monitoring_note where report = :r").param("r", report).query(Long.class).single() > 0;
  }

  void note(UUID id, UUID report, UUID application, String body, UUID monitor, String by) {
    jdbc.sql("""
        insert into science_monitoring_note (id, report, application, body, monitor, written_by) values (:id, :r, :a, :b, :m, :by)""")
        .param("id", id).param("r", report).param("a", application).param("b", body).param("m", monitor).param("by", by).update();
  }

  Listing<Monitoring.Monitored> monitored(UUID monitor, Paging paging) {
    return paging.query(jdbc, """
        select a.id, a.code, a.title_en, a.title_fr, a.status,
          (select count(*) from science_report r where r.application = a.id) as reports,
          (select count(*) from science_report r where r.application = a.id
             and not exists (select 1 from science_monitoring_note n where n.report = r.id)) as waiting
        from science_monitor m join science_application a on a.id = m.application
        where m.monitor = :me order by waiting desc, a.code""", Map.of("me", monitor),
        (rs, n) -> new Monitoring.Monitored(rs.getObject(1, UUID.class), rs.getString(2), new BilingualText(rs.getString(3), rs.getString(4)),
            ApplicationStatus.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7)));
  }

  /** Progress reports of the projects the caller monitors that wait for a note (counted through row-level security). */
  long waiting(UUID monitor) {
    return jdbc.sql("""
        select count(*) from science_report r join science_monitor m on m.application = r.application
        where m.monitor = :me and not exists (select 1 from science_monitoring_note n where n.report = r.id)""")
        .param("me", monitor).query(Long.class).single();
  }

  long monitoring(UUID monitor) {
    return jdbc.sql("select count(*) from science_monitor where monitor = :me").param("me", monitor).query(Long.class).single();
  }
}
