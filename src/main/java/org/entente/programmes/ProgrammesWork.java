package org.entente.programmes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Programmes' daily work: a partner's coordinator's programmes awaiting their move (a draft to submit, a
 * returned one to revise, one in review to agree) and comments of others still unanswered; staff's programmes
 * submitted or in review.
 */
@Component
class ProgrammesWork implements WorkSource {

  static final String SECTION = "programmes";
  private final JdbcClient jdbc;

  ProgrammesWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    var partners = caller.organisationsWith(Permission.DRAFT_PROGRAMMES_FOR_OWN_ORGANISATION).toArray(String[]::new);
    if (partners.length > 0) {
      var awaiting = jdbc.sql("""
              select id from programmes_programme where partner = any (:partners) and status in ('DRAFT', 'RETURNED', 'IN_REVIEW')
              order by id
              """)
          .param("partners", partners).query(UUID.class).list();
      items.add(WorkItem.of("programmes.awaiting-move", SECTION, "work.programmes.awaiting-move", awaiting.size(),
          link(awaiting), "work.programmes.awaiting-move.none"));
      // a comment of someone else that nobody has answered yet
      var unanswered = jdbc.sql("""
              select c.programme from programmes_comment c join programmes_programme p on p.id = c.programme
              where p.partner = any (:partners) and c.author <> :me and p.status <> 'CLOSED'
                and not exists (select 1 from programmes_comment r where r.parent = c.id)
              order by c.programme
              """)
          .param("partners", partners).param("me", caller.username()).query(UUID.class).list();
      items.add(WorkItem.of("programmes.comments", SECTION, "work.programmes.comments", unanswered.size(),
          link(unanswered.stream().distinct().toList()), "work.programmes.comments.none"));
    }
    if (caller.has(Permission.REVIEW_PROGRAMMES_GLOBALLY)) {
      var submitted = jdbc.sql("select id from programmes_programme where status = 'SUBMITTED' order by id").query(UUID.class).list();
      items.add(WorkItem.of("programmes.submitted", SECTION, "work.programmes.submitted", submitted.size(), link(submitted),
          "work.programmes.submitted.none"));
      var inReview = jdbc.sql("select id from programmes_programme where status = 'IN_REVIEW' order by id").query(UUID.class).list();
      items.add(WorkItem.of("programmes.in-review", SECTION, "work.programmes.in-review", inReview.size(), link(inReview),
          "work.programmes.in-review.none"));
    }
    return items;
  }

  /** One programme: straight to it; several: the list. */
  private static String link(List<UUID> programmes) {
    return programmes.size() == 1 ? "/programmes/" + programmes.getFirst() : "/programmes";
  }
}
