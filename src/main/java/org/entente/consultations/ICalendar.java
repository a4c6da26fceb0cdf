package org.entente.consultations;

import java.time.format.DateTimeFormatter;
import org.entente.languages.Language;

/** A consultation's meeting as an iCalendar (RFC 5545) invitation, in the reader's language. */
final class ICalendar {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private ICalendar() {}

  static String of(Consultation c, Language language) {
    var agenda = new StringBuilder();
    for (int i = 0; i < c.agenda().size(); i++) {
      agenda.append(i + 1).append(". ").append(c.agenda().get(i).text(language)).append('\n');
    }
    var lines = new StringBuilder()
        .append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Entente//Consultations//EN\r\nMETHOD:PUBLISH\r\n")
        .append("BEGIN:VEVENT\r\n")
        .append("UID:consultation-").append(c.id()).append("@entente\r\n")
        .append("DTSTAMP:").append(LOCAL.format(c.updatedAt().atZone(java.time.ZoneOffset.UTC))).append("Z\r\n")
        .append("DTSTART:").append(LOCAL.format(c.startsAt())).append("\r\n");
    if (c.endsAt() != null) lines.append("DTEND:").append(LOCAL.format(c.endsAt())).append("\r\n");
    lines.append("SUMMARY:").append(escape(c.subject().text(language))).append("\r\n")
        .append("LOCATION:").append(escape(c.place() == null ? "" : c.place())).append("\r\n")
        .append("DESCRIPTION:").append(escape(agenda.toString().strip())).append("\r\n")
        .append("STATUS:").append(c.status() == ConsultationStatus.WITHDRAWN ? "CANCELLED" : "CONFIRMED").append("\r\n")
        .append("END:VEVENT\r\nEND:VCALENDAR\r\n");
    return fold(lines.toString());
  }

  /** Lines longer than 75 characters continue on the next, which starts with a space (RFC 5545 §3.1). */
  private static String fold(String text) {
    var out = new StringBuilder();
    for (var line : text.split("\r\n")) {
      while (line.length() > 74) {
        out.append(line, 0, 74).append("\r\n ");
        line = line.substring(74);
      }
      out.append(line).append("\r\n");
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
  }
}
