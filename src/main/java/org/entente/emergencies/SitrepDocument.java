package org.entente.emergencies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.entente.documents.PdfFonts;

/** A situation report as a PDF, in English and French, its reference and number on every page. */
final class SitrepDocument {

  private static final float MARGIN = 56;
  private static final int WIDTH = 95;

  private SitrepDocument() {}

  static byte[] pdf(Incident incident, Sitrep sitrep) {
    var lines = new ArrayList<String[]>();
    lines.add(new String[] {"B16", "EADRCC — Situation report no. " + sitrep.number() + " / Rapport de situation no " + sitrep.number()});
    lines.add(new String[] {"P11", incident.reference() + " · " + incident.nation() + (incident.exercise() ? " · EXERCISE / EXERCICE" : "")});
    lines.add(new String[] {"P11", sitrep.issuedAt().toString().substring(0, 16).replace('T', ' ') + " UTC"});
    lines.add(new String[] {"B13", incident.title().en() == null ? "" : incident.title().en()});
    if (incident.title().fr() != null) lines.add(new String[] {"P13", incident.title().fr()});
    lines.add(new String[] {"P11", ""});
    for (var text : new String[] {sitrep.text().en(), sitrep.text().fr()}) {
      if (text == null) continue;
      for (var paragraph : text.split("\\R")) {
        wrap(paragraph).forEach(l -> lines.add(new String[] {"P11", l}));
      }
      lines.add(new String[] {"P11", ""});
    }
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      var fonts = PdfFonts.in(document);
      var bold = fonts.bold();
      var plain = fonts.regular();
      PDPageContentStream stream = null;
      var y = 0f;
      var pageNumber = 0;
      for (var line : lines) {
        var size = Float.parseFloat(line[0].substring(1));
        if (stream == null || y < MARGIN + 30) {
          if (stream != null) stream.close();
          var page = new PDPage(PDRectangle.A4);
          document.addPage(page);
          stream = new PDPageContentStream(document, page);
          pageNumber++;
          show(stream, plain, 9, MARGIN, 30, incident.reference() + " · SITREP " + sitrep.number() + " · " + pageNumber);
          y = page.getMediaBox().getHeight() - MARGIN;
        }
        show(stream, line[0].startsWith("B") ? bold : plain, size, MARGIN, y, line[1]);
        y -= size * 1.5f;
      }
      if (stream != null) stream.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String paragraph) {
    var lines = new ArrayList<String>();
    var current = new StringBuilder();
    for (var word : paragraph.split(" ")) {
      if (current.length() + word.length() + 1 > WIDTH && !current.isEmpty()) {
        lines.add(current.toString());
        current.setLength(0);
      }
      if (!current.isEmpty()) current.append(' ');
      current.append(word);
    }
    lines.add(current.toString());
    return lines;
  }

  private static void show(PDPageContentStream stream, PDFont font, float size, float x, float y, String value) throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, y);
    stream.showText(PdfFonts.shown(font, value));
    stream.endText();
  }

}
