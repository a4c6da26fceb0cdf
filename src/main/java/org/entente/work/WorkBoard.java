package org.entente.work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.Caller;
import org.entente.access.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collects every module's {@link WorkSource} items for a caller, in one read-only transaction as that caller
 * (row-level security applies to each source's queries), grouped by section, each sentence in the reader's
 * language; then the shortcuts of the caller's roles. The start page and {@code GET /api/v1/me/work} show it.
 */
@Service
public class WorkBoard {

  /** The order sections are shown in; sections of modules not named here follow, by name. */
  static final List<String> SECTION_ORDER =
      List.of("registration", "catalogue", "programmes", "council", "identity", "audit", "notifications");

  /** The daily work of each role: where its people go most. */
  static final Map<Role, List<String>> SHORTCUTS = Map.of(
      Role.NATIONAL_COORDINATOR, List.of("/registration/nominations", "/registration/participants", "/programmes", "/menu"),
      Role.PROVIDER_MANAGER, List.of("/registration/console", "/menu", "/notifications"),
      Role.STAFF, List.of("/menu/curation", "/programmes", "/registration/review", "/users"),
      Role.COUNCIL_SECRETARIAT, List.of("/council", "/programmes"),
      Role.PARTICIPANT, List.of("/me/nominations", "/menu"),
      Role.AUDITOR, List.of("/audit"),
      Role.ADMIN, List.of("/users"));

  private final ObjectProvider<WorkSource> sources;
  private final MessageSource messages;

  WorkBoard(ObjectProvider<WorkSource> sources, MessageSource messages) {
    this.sources = sources;
    this.messages = messages;
  }

  /** The whole board of one caller. */
  public record Board(List<Section> sections, List<Shortcut> shortcuts, long total) {

    Board(List<Section> sections, List<Shortcut> shortcuts) {
      this(sections, shortcuts, sections.stream().mapToLong(Section::total).sum());
    }
  }

  /** A module's items for the caller; an item counting nothing says why (its sentence is the empty one). */
  public record Section(String section, String title, List<Line> items, long total) {}

  /** One item as the reader reads it; an empty one's label says why there is nothing. */
  public record Line(String id, String label, long count, String href, boolean empty) {}

  /** A place of the role's daily work. */
  public record Shortcut(String label, String href) {}

  @Transactional(readOnly = true)
  public Board board(Caller caller, Locale locale) {
    var bySection = new LinkedHashMap<String, List<WorkItem>>();
    sources.orderedStream().forEach(source ->
        source.itemsFor(caller).forEach(item -> bySection.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(item)));
    var order = new ArrayList<>(bySection.keySet());
    order.sort((a, b) -> {
      int ia = SECTION_ORDER.indexOf(a), ib = SECTION_ORDER.indexOf(b);
      if (ia < 0 && ib < 0) return a.compareTo(b);
      if (ia < 0) return 1;
      if (ib < 0) return -1;
      return Integer.compare(ia, ib);
    });
    var sections = new ArrayList<Section>();
    for (var name : order) {
      var lines = bySection.get(name).stream().map(item -> line(item, locale)).toList();
      sections.add(new Section(name, messages.getMessage("work.section." + name, null, name, locale), lines,
          lines.stream().mapToLong(Line::count).sum()));
    }
    var hrefs = new LinkedHashSet<String>();
    caller.grants().forEach(g -> hrefs.addAll(SHORTCUTS.getOrDefault(g.role(), List.of())));
    var shortcuts = hrefs.stream()
        .map(href -> new Shortcut(messages.getMessage("work.shortcut." + href, null, href, locale), href))
        .toList();
    return new Board(sections, shortcuts);
  }

  private Line line(WorkItem item, Locale locale) {
    var arguments = new ArrayList<Object>();
    arguments.add(item.count());
    arguments.addAll(item.arguments());
    var key = item.count() == 0 ? item.emptyKey() : item.labelKey();
    return new Line(item.id(), messages.getMessage(key, arguments.toArray(), key, locale), item.count(), item.href(),
        item.count() == 0);
  }
}
