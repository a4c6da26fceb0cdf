package org.entente.science;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An expert of the independent panel: nominated by a nation (which they do not represent), appointed by staff. */
public record PanelMember(UUID account, String name, String nation, Status status, String nominatedBy,
    @Nullable String appointedBy, Instant createdAt) {

  public enum Status { NOMINATED, APPOINTED }
}
