package org.entente.science.pages;

import java.util.List;
import java.util.Map;
import org.entente.science.Application;
import org.entente.science.Attachment;
import org.entente.science.TeamMember;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** An application's team and attachments, with the forms when the reader is a co-director and it is being completed. */
public record TeamView(Application application, List<TeamMember> team, List<Attachment> attachments, boolean mayKeep, int maxMegabytes,
    Map<String, Violation> errors, Map<String, String> typed, @Nullable String problem, List<Object> problemArguments) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public @Nullable Violation error(String field) {
    return errors.get(field);
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }
}
