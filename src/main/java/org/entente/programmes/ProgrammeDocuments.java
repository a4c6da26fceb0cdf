package org.entente.programmes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.entente.documents.PdfFonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.languages.Language;
import org.entente.markings.Classification;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The programme as documents: a PDF that carries its marking and releasability at the top and bottom of
 * every page, and a workbook with one sheet per part. Both in the reader's language.
 */
@Component
class ProgrammeDocuments {

  private static final float MARGIN = 56, WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private final Programmes programmes;
  private final MessageSource messages;

  ProgrammeDocuments(Programmes programmes, MessageSource messages) {
    this.programmes = programmes;
    this.messages = messages;
  }

  /** "NATO UNCLASSIFIED — Releasable to GEO", as the marking line of every page and sheet. */
  String markingLine(Programme p, Language language) {
    var level = t("marking." + p.marking().level().name(), language);
    if (p.marking().releasableTo().isEmpty() || p.marking().level() == Classification.PUBLIC) {
      return level;
    }
    return level + " — " + t("programmes.document.releasable", language, String.join(", ", p.marking().releasableTo()));
  }

  void pdf(Programme p, Language language, OutputStream out) throws IOException {
    try (var document = new PDDocument()) {
      var writer = new PageWriter(document);
      writer.line(programmes.title(p).text(language), writer.bold, 16);
      writer.gap(4);
      writer.line(t("programmes.document.status", language, t("programmes.status." + p.status(), language), p.version()), writer.regular, 10);
      writer.line(t("programmes.document.period", language, p.startsOn(), p.endsOn()), writer.regular, 10);
      if (p.decision() != null) {
        writer.line(t("programmes.document.decision", language, p.decision()), writer.regular, 10);
      }
      writer.gap(10);
      writer.line(t("programmes.section.objectives", language), writer.bold, 13);
      for (var o : p.content().objectives()) {
        writer.paragraph(o.key() + ". " + o.text().text(language), writer.regular, 10);
        if (!o.priorityAreas().isEmpty() || !o.strategicObjectives().isEmpty()) {
          writer.paragraph("    " + String.join(", ", o.priorityAreas()) + (o.strategicObjectives().isEmpty() ? "" : " · " + String.join(", ", o.strategicObjectives())), writer.regular, 9);
        }
        for (var target : o.targets()) {
          writer.paragraph("    • " + target.text().text(language) + ": " + target.value() + (target.year() == null ? "" : " (" + target.year() + ")"), writer.regular, 10);
        }
        writer.gap(3);
      }
      writer.gap(8);
      writer.line(t("programmes.section.activities", language), writer.bold, 13);
      for (var a : p.content().activities()) {
        var perYear = new ArrayList<String>();
        for (var year : p.years()) perYear.add(year + ": " + a.planned(year));
        writer.paragraph(a.code() + " — " + a.title().text(language) + " (" + a.provider() + ") — " + String.join(", ", perYear), writer.regular, 10);
      }
      writer.gap(8);
      writer.line(t("programmes.section.goals", language), writer.bold, 13);
      for (var g : p.content().goals()) {
        writer.paragraph(g.key() + ". " + g.text().text(language), writer.regular, 10);
      }
      writer.finish();
      // the marking on every page, written last when the number of pages is known
      var marking = markingLine(p, language);
      int pages = document.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        var page = document.getPage(i);
        try (var stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
          writer.centred(stream, marking, PDRectangle.A4.getHeight() - 30);
          writer.centred(stream, marking + "   " + (i + 1) + "/" + pages, 24);
        }
      }
      document.save(out);
    }
  }

  void xlsx(Programme p, Language language, OutputStream out) throws IOException {
    try (var workbook = new XSSFWorkbook()) {
      var marking = markingLine(p, language);
      var summary = sheet(workbook, t("programmes.document.sheet.programme", language), marking);
      row(summary, t("programmes.document.sheet.title", language), programmes.title(p).text(language));
      row(summary, t("programmes.document.sheet.partner", language), p.partner());
      row(summary, t("programmes.document.sheet.type", language), p.type().name());
      row(summary, t("programmes.document.sheet.starts", language), p.startsOn().toString());
      row(summary, t("programmes.document.sheet.ends", language), p.endsOn().toString());
      row(summary, t("programmes.document.sheet.status", language), t("programmes.status." + p.status().name(), language));
      row(summary, t("programmes.document.sheet.version", language), String.valueOf(p.version()));
      row(summary, t("programmes.document.sheet.decision", language), p.decision() == null ? "" : p.decision());

      var objectives = sheet(workbook, t("programmes.section.objectives", language), marking);
      row(objectives, columns(language, "key", "objective", "priority-areas", "strategic-objectives", "target", "value", "year"));
      for (var o : p.content().objectives()) {
        if (o.targets().isEmpty()) {
          row(objectives, o.key(), o.text().text(language), String.join(" ", o.priorityAreas()), String.join(" ", o.strategicObjectives()));
        }
        for (var target : o.targets()) {
          row(objectives, o.key(), o.text().text(language), String.join(" ", o.priorityAreas()), String.join(" ", o.strategicObjectives()),
              target.text().text(language), String.valueOf(target.value()), target.year() == null ? "" : String.valueOf(target.year()));
        }
      }
      var activities = sheet(workbook, t("programmes.section.activities", language), marking);
      var header = new ArrayList<>(List.of(columns(language, "code", "title", "provider", "priority-areas")));
      p.years().forEach(y -> header.add(t("programmes.document.column.planned", language, String.valueOf(y))));
      row(activities, header.toArray(String[]::new));
      for (var a : p.content().activities()) {
        var cells = new ArrayList<>(List.of(a.code(), a.title().text(language), a.provider(), String.join(" ", a.priorityAreas())));
        p.years().forEach(y -> cells.add(String.valueOf(a.planned(y))));
        row(activities, cells.toArray(String[]::new));
      }
      var goals = sheet(workbook, t("programmes.section.goals", language), marking);
      row(goals, columns(language, "key", "goal"));
      for (var g : p.content().goals()) row(goals, g.key(), g.text().text(language));
      workbook.write(out);
    }
  }

  private static org.apache.poi.ss.usermodel.Sheet sheet(XSSFWorkbook workbook, String name, String marking) {
    var sheet = workbook.createSheet(name);
    row(sheet, marking);
    sheet.getHeader().setCenter(marking);
    sheet.getFooter().setCenter(marking);
    return sheet;
  }

  private static void row(org.apache.poi.ss.usermodel.Sheet sheet, String... cells) {
    var row = sheet.createRow(sheet.getPhysicalNumberOfRows());
    // a cell holds at most 32,767 characters: whatever is stored, the workbook is written
    for (int i = 0; i < cells.length; i++) row.createCell(i).setCellValue(cells[i] == null ? null : org.entente.web.Texts.fit(cells[i], 32_767));
  }

  /** Column headings in the reader's language. */
  private String[] columns(Language language, String... names) {
    return java.util.Arrays.stream(names).map(n -> t("programmes.document.column." + n, language)).toArray(String[]::new);
  }

  private String t(String key, Language language, Object... args) {
    return messages.getMessage(key, args, language.locale());
  }


  /** Lines and wrapped paragraphs down A4 pages, a new page when one is full. */
  private static final class PageWriter {
    final PDFont regular;
    final PDFont bold;
    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    PageWriter(PDDocument document) throws IOException {
      this.document = document;
      var fonts = PdfFonts.in(document);
      this.regular = fonts.regular();
      this.bold = fonts.bold();
      newPage();
    }

    private void newPage() throws IOException {
      if (stream != null) stream.close();
      var page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN - 10;
    }

    void gap(float points) {
      y -= points;
    }

    void line(String text, PDFont font, float size) throws IOException {
      if (y < MARGIN + size) newPage();
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(MARGIN, y);
      stream.showText(PdfFonts.shown(font, text));
      stream.endText();
      y -= size * 1.4f;
    }

    void paragraph(String text, PDFont font, float size) throws IOException {
      var words = PdfFonts.shown(font, text).split(" ");
      var current = new StringBuilder();
      for (var word : words) {
        var candidate = current.isEmpty() ? word : current + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
          line(current.toString(), font, size);
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(candidate);
        }
      }
      if (!current.isEmpty()) line(current.toString(), font, size);
    }

    void centred(PDPageContentStream on, String text, float atY) throws IOException {
      var safe = PdfFonts.shown(bold, text);
      var width = bold.getStringWidth(safe) / 1000 * 9;
      on.beginText();
      on.setFont(bold, 9);
      on.newLineAtOffset((PDRectangle.A4.getWidth() - width) / 2, atY);
      on.showText(safe);
      on.endText();
    }

    void finish() throws IOException {
      stream.close();
    }

  }
}
