package org.entente.registration.pages;

import java.util.List;
import org.entente.languages.BilingualText;
import org.entente.registration.MyNomination;
import org.entente.registration.NominationState;
import org.jspecify.annotations.Nullable;

/**
 * A participant's own space: their nominations, whether any participant record is linked to their account, and
 * what the last action came to.
 */
public record MyView(List<MyView.Row> rows, boolean linked, @Nullable Outcome outcome) {

  /** One of my nominations with the activity's title. */
  public record Row(MyNomination mine, BilingualText title) {

    public boolean offered() {
      return mine.nomination().state() == NominationState.OFFERED;
    }
  }

  public List<Row> certificates() {
    return rows.stream().filter(r -> r.mine().certificate() != null).toList();
  }
}
