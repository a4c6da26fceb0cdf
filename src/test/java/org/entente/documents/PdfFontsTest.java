package org.entente.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A Georgian name and an Azerbaijani title come out of a PDF as written, not as '?'. */
class PdfFontsTest {

  private static final String GEORGIAN = "ნინო ბერიძე";
  private static final String AZERBAIJANI = "Müdafiə Nazirliyi, Şəki";

  @Test
  void everyNationsLettersArePrintedWhenTheMachineHasTheFont() throws Exception {
    byte[] pdf;
    boolean unicode;
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      var fonts = PdfFonts.in(document);
      unicode = fonts.unicode();
      if (!unicode) {
        // a missing font is a failure everywhere, not a skip: bash .ci/run installs Debian's fonts-dejavu-core
        throw new AssertionError("no DejaVu Sans on this machine: bash .ci/run installs it (apt-get install fonts-dejavu-core)");
      }
      var page = new PDPage();
      document.addPage(page);
      try (var stream = new PDPageContentStream(document, page)) {
        stream.beginText();
        stream.setFont(fonts.bold(), 14);
        stream.newLineAtOffset(72, 700);
        stream.showText(PdfFonts.shown(fonts.bold(), GEORGIAN));
        stream.setFont(fonts.regular(), 12);
        stream.newLineAtOffset(0, -20);
        stream.showText(PdfFonts.shown(fonts.regular(), AZERBAIJANI + "\tline\nbreak"));
        stream.endText();
      }
      document.save(out);
      pdf = out.toByteArray();
    }
    try (var read = Loader.loadPDF(pdf)) {
      var text = new PDFTextStripper().getText(read);
      assertThat(text).contains(GEORGIAN, AZERBAIJANI + " line break").doesNotContain("?");
    }
  }

  @Test
  void aStandardFontShowsWhatItLacksAsAQuestionMarkInsteadOfFailing() {
    var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    assertThat(PdfFonts.shown(helvetica, "Tbilisi — " + GEORGIAN)).isEqualTo("Tbilisi — ???? ??????");
  }
}
