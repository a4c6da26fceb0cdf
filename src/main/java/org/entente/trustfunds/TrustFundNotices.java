package org.entente.trustfunds;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.springframework.stereotype.Component;

/** Tells a fund's parties of a change, through the outbox. */
@Component
class TrustFundNotices {

  private final Notifications notifications;

  TrustFundNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  /** Tells the fund's parties (and these others) in the application, through the outbox. */
  void notify(TrustFund fund, String key, Set<String> others) {
    var audience = new LinkedHashSet<>(others);
    audience.add(fund.host() + ":NATIONAL_COORDINATOR");
    if (!fund.proposer().equals(fund.host())) audience.add(fund.proposer() + ":NATIONAL_COORDINATOR");
    fund.leads().forEach(l -> audience.add(l + ":NATIONAL_COORDINATOR"));
    if (fund.executingAgent() != null) audience.add(fund.executingAgent() + ":EXECUTING_AGENT");
    audience.add("IS:STAFF");
    notifications.write(new Notice(audience, null, "en", key + ".subject", key + ".body",
        List.of(fund.code(), fund.title().text(org.entente.languages.Language.EN), fund.status().name()), "/trust-funds/" + fund.id(), null));
  }
}
