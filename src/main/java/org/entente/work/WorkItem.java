package org.entente.work;

import java.util.List;

/**
 * One thing a person should look at, counted: "4 nominations to decide for Course X".
 *
 * @param id stable identifier, {@code <module>.<what>} (e.g. {@code registration.nominations-to-decide}),
 *     also the key the API returns
 * @param section the module it belongs to (a message key {@code work.section.<section>} names it)
 * @param labelKey message key of the sentence; {@code {0}} is the count, {@code {1}…} the arguments
 * @param arguments further words of the sentence (names, dates), already in the reader's language
 * @param count how many; an item with 0 is shown as "nothing to do" with {@code emptyKey}
 * @param href where it is done (a page of the application, starting with {@code /})
 * @param emptyKey message key saying why there is nothing (e.g. "no nomination waits for you")
 */
public record WorkItem(
    String id, String section, String labelKey, List<String> arguments, long count, String href, String emptyKey) {

  public WorkItem {
    arguments = List.copyOf(arguments);
    if (!href.startsWith("/")) {
      throw new IllegalArgumentException("a work item links inside the application: " + href);
    }
  }

  public static WorkItem of(String id, String section, String labelKey, long count, String href, String emptyKey) {
    return new WorkItem(id, section, labelKey, List.of(), count, href, emptyKey);
  }
}
