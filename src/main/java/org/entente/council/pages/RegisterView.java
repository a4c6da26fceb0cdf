package org.entente.council.pages;

import java.util.List;
import java.util.Map;
import org.entente.council.CouncilRegister;
import org.entente.council.Decision;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The register's page: what awaits a decision, the decisions the reader may see, and for the secretariat the
 * form to propose one and the buttons to confirm another's proposal.
 *
 * @param me the reader's username: one's own proposals are withdrawn, others' confirmed
 * @param problem a refusal of the last confirmation or withdrawal (message key and arguments)
 */
public record RegisterView(
    List<CouncilRegister.Request> agenda,
    List<Decision> decisions,
    boolean mayRecord,
    String me,
    Map<String, Violation> errors,
    Map<String, String> typed,
    @Nullable Violation problem) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }
}
