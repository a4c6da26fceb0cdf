package org.entente.programmes.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.languages.BilingualText;
import org.entente.programmes.Programme;
import org.entente.programmes.ProgrammeStatus;
import org.entente.programmes.ProgrammeMenuChecks;
import org.entente.programmes.Progress;
import org.jspecify.annotations.Nullable;

/**
 * A programme's page: its text, what the caller may do with it, the review's threads, versions and progress.
 *
 * @param editable whether the caller may change the text now (its partner, while a draft or returned)
 * @param notice what went wrong with the caller's last change, shown in the section it concerns
 */
public record ProgrammeView(
    Programme programme,
    BilingualText title,
    List<ProgrammeMenuChecks.PlannedView> planned,
    Set<ProgrammeStatus> next,
    boolean editable,
    boolean mayComment,
    boolean involved,
    List<Integer> versions,
    List<Thread> threads,
    Progress progress,
    Map<String, BilingualText> priorityAreas,
    @Nullable Notice notice,
    Map<String, BilingualText> organisations) {

  /** An organisation's name in the reader's language (its code when the directory has none). */
  public String organisation(String code, org.entente.languages.Language language) {
    var name = organisations.get(code);
    return name == null ? code : name.text(language);
  }

  /**
   * The message key naming a comment's section as the reader knows it: "general", "objectives"… or one entry
   * ("objective:O2" is "Objective O2"); {@link #sectionEntry} gives the entry's key.
   */
  public static String sectionKey(String section) {
    var colon = section.indexOf(':');
    var kind = colon < 0 ? section : section.substring(0, colon);
    return switch (kind) {
      case "general", "objectives", "activities", "goals" -> "programmes.comment.section." + kind;
      case "objective", "activity", "goal" -> "programmes.comment.section.one." + kind;
      default -> "programmes.comment.section.other";
    };
  }

  public static String sectionEntry(String section) {
    var colon = section.indexOf(':');
    return colon < 0 ? section : section.substring(colon + 1);
  }

  /** A comment placed in its thread. */
  public record Thread(String section, List<Entry> entries) {}

  public record Entry(String id, String author, String writtenAt, String body, int depth) {}

  /** A refusal to show beside the section it concerns. */
  public record Notice(String section, String key, List<Object> arguments) {
    public Object[] args() {
      return arguments.toArray();
    }
  }

  public boolean notice(String section) {
    return notice != null && notice.section().equals(section);
  }

  public String priorityArea(String code, org.entente.languages.Language language) {
    var name = priorityAreas.get(code);
    return name == null ? code : name.text(language);
  }
}
