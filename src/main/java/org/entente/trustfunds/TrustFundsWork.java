package org.entente.trustfunds;

import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The start page's trust fund items: for staff, ideas to scope and proposals to present to the Council; for a
 * nation, invitations to lead, pledges to confirm and proposals awaiting its agreement; for an executing agent,
 * proposals awaiting its agreement. Counted through row-level security, as the caller.
 */
@Component
class TrustFundsWork implements WorkSource {

  private static final String SECTION = "trustfunds";
  private final JdbcClient jdbc;

  TrustFundsWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (caller.has(Permission.MANAGE_TRUST_FUNDS_GLOBALLY)) {
      items.add(WorkItem.of("trustfunds.ideas-to-scope", SECTION, "trustfunds.work.ideas", status("IDEA"), "/trust-funds?stage=IDEA",
          "trustfunds.work.ideas.none"));
      items.add(WorkItem.of("trustfunds.proposals-to-present", SECTION, "trustfunds.work.present", status("PROPOSAL_AGREED"),
          "/trust-funds?stage=PROPOSAL_AGREED", "trustfunds.work.present.none"));
    }
    var nations = caller.organisationsWith(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION).toArray(String[]::new);
    if (nations.length > 0) {
      items.add(WorkItem.of("trustfunds.invitations", SECTION, "trustfunds.work.invitations", jdbc.sql("""
              select count(*) from trustfunds_party x join trustfunds_project t on t.id = x.project
              where x.role = 'INVITED_LEAD' and x.organisation = any (:nations) and t.status not in ('CLOSED', 'CANCELLED')
              """).param("nations", nations).query(Long.class).single(), "/trust-funds", "trustfunds.work.invitations.none"));
      items.add(WorkItem.of("trustfunds.pledges-to-confirm", SECTION, "trustfunds.work.pledges", jdbc.sql("""
              select count(*) from trustfunds_transaction p
              where p.kind = 'PLEDGE' and not exists (select 1 from trustfunds_transaction c where c.confirms = p.id)
                and exists (select 1 from trustfunds_party x where x.project = p.project and x.role = 'LEAD' and x.organisation = any (:nations))
              """).param("nations", nations).query(Long.class).single(), "/trust-funds", "trustfunds.work.pledges.none"));
      items.add(WorkItem.of("trustfunds.proposals-to-agree", SECTION, "trustfunds.work.agree", jdbc.sql("""
              select count(*) from trustfunds_project t where t.status = 'FEASIBILITY' and t.executing_agent is not null and (
                (t.host = any (:nations) and not 'HOST' = any (t.agreed_by))
                or (not 'LEAD' = any (t.agreed_by) and exists (select 1 from trustfunds_party x
                     where x.project = t.id and x.role = 'LEAD' and x.organisation = any (:nations))))
              """).param("nations", nations).query(Long.class).single(), "/trust-funds", "trustfunds.work.agree.none"));
    }
    var agencies = caller.organisationsWith(Permission.EXECUTE_TRUST_FUNDS_FOR_OWN_ORGANISATION).toArray(String[]::new);
    if (agencies.length > 0) {
      items.add(WorkItem.of("trustfunds.proposals-to-agree-as-agent", SECTION, "trustfunds.work.agree", jdbc.sql("""
              select count(*) from trustfunds_project t where t.status = 'FEASIBILITY' and t.executing_agent = any (:agencies)
                and not 'EXECUTING_AGENT' = any (t.agreed_by)
              """).param("agencies", agencies).query(Long.class).single(), "/trust-funds", "trustfunds.work.agree.none"));
    }
    return items;
  }

  private long status(String status) {
    return jdbc.sql("select count(*) from trustfunds_project where status = :s").param("s", status).query(Long.class).single();
  }
}
