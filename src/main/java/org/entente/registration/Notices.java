package org.entente.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a change of a nomination tells whom: the participant by e-mail in their language; the provider's
 * managers of what nations do (a nomination, a cancellation), the nation's coordinators of what providers and
 * time do (decisions, offers, expiries, attendance); the participant's own account, once linked, of everything
 * about them. Written in the transaction of the change.
 */
@Component
class Notices {

  private final JdbcClient jdbc;
  private final Notifications notifications;

  Notices(JdbcClient jdbc, Notifications notifications) {
    this.jdbc = jdbc;
    this.notifications = notifications;
  }

  record Facts(String nation, String provider, String activity, UUID event, LocalDate startsOn, String participant,
      String email, String language, @Nullable OffsetDateTime offerExpiresAt, @Nullable UUID account, BilingualText title) {}

  void tell(UUID nomination, NominationState state) {
    tell(nomination, "registration.notice." + state.name(), null, state == NominationState.NOMINATED || state == NominationState.CANCELLED);
  }

  /** A reminder a week before the event, once per nomination. */
  void remind(UUID nomination) {
    tell(nomination, "registration.notice.REMINDER", "reminder:" + nomination, false);
  }

  private void tell(UUID nomination, String key, @Nullable String onceKey, boolean toProvider) {
    var facts = jdbc.sql("select * from registration_notice_facts(:id)")
        .param("id", nomination)
        .query((rs, n) -> new Facts(rs.getString("nation"), rs.getString("provider"), rs.getString("activity"),
            rs.getObject("event_id", UUID.class), rs.getObject("starts_on", LocalDate.class), rs.getString("participant_name"),
            rs.getString("email"), rs.getString("language"), rs.getObject("offer_expires_at", OffsetDateTime.class),
            rs.getObject("account", UUID.class), new BilingualText(rs.getString("title_en"), rs.getString("title_fr"))))
        .single();
    var arguments = new ArrayList<String>();
    arguments.add(facts.participant());
    // the activity by its title, in each reader's language (its code if it has none)
    arguments.add(facts.title().en() == null && facts.title().fr() == null ? facts.activity() : Notice.inBothLanguages(facts.title()));
    arguments.add(facts.startsOn().toString());
    arguments.add(facts.offerExpiresAt() == null ? "" : facts.offerExpiresAt().toString().replace('T', ' ').substring(0, 16) + " UTC");
    // the participant reads notices about themselves only: addressed to their own account, once linked
    var audience = new java.util.HashSet<String>();
    if (toProvider) {
      audience.add(facts.provider() + ":PROVIDER_MANAGER");
    } else {
      audience.add(facts.nation() + ":NATIONAL_COORDINATOR");
    }
    if (facts.account() != null) {
      audience.add(Notice.person(facts.account()));
    }
    notifications.write(new Notice(audience, facts.email(), facts.language(), key + ".subject", key + ".body", arguments,
        "/registration/events/" + facts.event(), onceKey));
  }
}
