package org.entente.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The regular and bold faces of one PDF document. PDF's standard fonts know Western European letters only, so a
 * Georgian name or an Azerbaijani title printed '?': where the machine has DejaVu Sans (Debian's
 * {@code fonts-dejavu-core}; another directory through {@code ENTENTE_PDF_FONTS}), it is embedded (only the
 * letters used) and the standard font is the fallback. Arabic is shown letter by letter without joining or
 * right-to-left ordering: PDFBox does not shape text.
 */
public final class PdfFonts {

  private static final List<Path> SEARCHED = List.of(
      Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/dejavu-sans-fonts"),
      Path.of("/usr/share/fonts/TTF"), Path.of("/usr/share/fonts/dejavu"));

  private final PDFont regular;
  private final PDFont bold;
  private final boolean unicode;

  private PdfFonts(PDFont regular, PDFont bold, boolean unicode) {
    this.regular = regular;
    this.bold = bold;
    this.unicode = unicode;
  }

  /** The faces for this document: DejaVu Sans embedded when found, else Helvetica. */
  public static PdfFonts in(PDDocument document) {
    var faces = Faces.FOUND;
    if (faces.isEmpty()) {
      return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
          new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), false);
    }
    try {
      return new PdfFonts(PDType0Font.load(document, new ByteArrayInputStream(faces.get().regular())),
          PDType0Font.load(document, new ByteArrayInputStream(faces.get().bold())), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PDFont regular() {
    return regular;
  }

  public PDFont bold() {
    return bold;
  }

  /** Whether the embedded Unicode font is in use (false: the standard fonts, letters beyond Latin-1 shown as '?'). */
  public boolean unicode() {
    return unicode;
  }

  /** The text as this font can show it on one line: line breaks and tabs as spaces, a letter it lacks as '?'. */
  public static String shown(PDFont font, String text) {
    var out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\t' || cp == '\n' || cp == '\r') {
        out.append(' ');
        return;
      }
      var letter = Character.toString(cp);
      try {
        font.encode(letter);
        out.append(letter);
      } catch (IOException | IllegalArgumentException lacking) {
        out.append('?');
      }
    });
    return out.toString();
  }

  /** The font files, read once per process. */
  private record Faces(byte[] regular, byte[] bold) {
    static final Optional<Faces> FOUND = find();

    private static Optional<Faces> find() {
      var configured = System.getenv("ENTENTE_PDF_FONTS");
      var places = configured == null || configured.isBlank()
          ? SEARCHED : java.util.stream.Stream.concat(java.util.stream.Stream.of(Path.of(configured)), SEARCHED.stream()).toList();
      for (var place : places) {
        var regular = place.resolve("DejaVuSans.ttf");
        var bold = place.resolve("DejaVuSans-Bold.ttf");
        if (Files.isReadable(regular) && Files.isReadable(bold)) {
          try {
            return Optional.of(new Faces(Files.readAllBytes(regular), Files.readAllBytes(bold)));
          } catch (IOException unreadable) {
            // try the next place
          }
        }
      }
      return Optional.empty();
    }
  }
}
