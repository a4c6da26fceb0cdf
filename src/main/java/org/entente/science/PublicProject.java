package org.entente.science;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/** An awarded project as everyone reads it: no e-mail, budget lines or review. */
public record PublicProject(UUID id, String code, String call, Mechanism mechanism, BilingualText title, BilingualText summary,
    List<KeyPriority> priorities, String allyNation, String allyDirector, String partnerNation, String partnerDirector,
    ApplicationStatus status, String currency, @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal awardedAmount,
    @Nullable LocalDate awardedOn) {

  public PublicProject {
    priorities = List.copyOf(priorities);
  }
}
