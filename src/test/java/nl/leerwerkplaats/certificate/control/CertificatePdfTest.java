package nl.leerwerkplaats.certificate.control;

import static nl.leerwerkplaats.certificate.control.CertificateDataBuilder.certificate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The certificate PDF: its text, fonts, layout limits, QR code, metadata and attached Open Badge. */
class CertificatePdfTest {

    static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("certificate.pdf.title", "Certificaat"),
            Map.entry("certificate.pdf.awardedTo", "uitgereikt aan"),
            Map.entry("certificate.pdf.registrationNumber", "SKJ-registratienummer {0}"),
            Map.entry("certificate.pdf.completedModule", "voor het met goed gevolg afronden van de module"),
            Map.entry("certificate.pdf.module", "{0} (versie {1})"),
            Map.entry("certificate.pdf.provider", "aangeboden door {0}"),
            Map.entry("certificate.pdf.completionDate", "Afgerond op {0}"),
            Map.entry("certificate.pdf.studyLoad", "Studiebelasting: {0} uur"),
            Map.entry("certificate.pdf.score", "Score eindtoets: {0}%"),
            Map.entry("certificate.pdf.points", "Geaccrediteerd in het {0}-register, activiteit {1}: {2} punten"),
            Map.entry("certificate.pdf.outsideWindow",
                    "Afgerond buiten de accreditatieperiode van {0} ({1} t/m {2}): dit levert geen punten op"),
            Map.entry("certificate.pdf.notAccredited", "Niet geaccrediteerd: alleen studie-uren"),
            Map.entry("certificate.pdf.code", "Verificatiecode: {0}"),
            Map.entry("certificate.pdf.verifyAt", "Controleer dit certificaat op {0}"),
            Map.entry("certificate.pdf.subject", "Certificaat van {0} voor {1}"));
    static final Function<String, String> LABELS = DUTCH::get;
    static final Locale NL = Locale.forLanguageTag("nl-NL");
    static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl";

    static byte[] render(CertificateData data) {
        return CertificatePdf.render(data, LABELS, NL, JWT);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @DisplayName("The certificate states learner, module, version, provider, date, hours, score, points and code")
    void content() throws IOException {
        String text = text(render(certificate().build()));
        for (String expected : List.of("Certificaat", "uitgereikt aan", "Anna de Vries",
                "SKJ-registratienummer 110012345", "Normaliseren in de jeugdzorg (versie 2026.1)",
                "aangeboden door Leernetwerk Normaliseren", "Afgerond op 30 november 2026",
                "Studiebelasting: 1,5 uur", "Score eindtoets: 85%",
                "Geaccrediteerd in het SKJ-register, activiteit 12345: 2 punten",
                "Verificatiecode: ABCD-2345-EFGH-6789-JKLM-2345-NPQR-6789",
                "Controleer dit certificaat op " + CertificateDataBuilder.VERIFY_URL)) {
            assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
        }
    }

    @Test
    @DisplayName("Without register number or final test those lines are left out")
    void optionalLines() throws IOException {
        String text = text(render(certificate().registrationNumber(" ").finalScore(null).build()));
        assertFalse(text.contains("registratienummer"), text);
        assertFalse(text.contains("Score eindtoets"), text);
        assertTrue(text.contains("Anna de Vries"), text);
    }

    @Test
    @DisplayName("Date and hours follow the locale: English month first, decimal point")
    void englishLocale() throws IOException {
        String text = text(CertificatePdf.render(certificate().studyHours("2.25").build(), LABELS, Locale.UK, null));
        assertTrue(text.contains("30 November 2026"), text);
        assertTrue(text.contains("Studiebelasting: 2.3 uur"), text);
        String us = text(CertificatePdf.render(certificate().build(), LABELS, Locale.US, null));
        assertTrue(us.contains("November 30, 2026"), us);
    }

    @Test
    @DisplayName("A completion outside the accreditation window says it earns no points")
    void outsideWindow() throws IOException {
        String text = text(render(certificate().outsideWindow().build()));
        assertTrue(text.contains("Afgerond buiten de accreditatieperiode van SKJ (1 januari 2026 t/m 30 juni 2026): "
                + "dit levert geen punten op"), text);
        assertFalse(text.contains("Geaccrediteerd in het"), text);
    }

    @Test
    @DisplayName("A module without accreditation says so: study hours only")
    void notAccredited() throws IOException {
        String text = text(render(certificate().notAccredited().build()));
        assertTrue(text.contains("Niet geaccrediteerd: alleen studie-uren"), text);
        assertFalse(text.contains("Geaccrediteerd in het"), text);
    }

    @Test
    @DisplayName("Names with Polish, Dutch and Danish letters print as written, from an embedded font subset")
    void accentedNames() throws IOException {
        byte[] pdf = render(certificate().learnerName("Łukasz Eliëns-Ørsted").build());
        assertTrue(text(pdf).contains("Łukasz Eliëns-Ørsted"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertEquals(1, fonts.size());
            assertTrue(fonts.get(0).isEmbedded());
            assertTrue(fonts.get(0).getName().contains("+LiberationSans"), "a subset: " + fonts.get(0).getName());
        }
    }

    @Test
    @DisplayName("Characters the font lacks (CJK, emoji) print as '?' instead of failing the certificate")
    void missingGlyphs() throws IOException {
        String text = text(render(certificate().learnerName("Mei 漢字 \uD83D\uDE00\tTan").build()));
        assertTrue(text.contains("Mei ?? ? Tan"), text);
    }

    @Test
    @DisplayName("A very long title wraps onto several lines, every word kept, nothing outside the margins")
    void longTitleWraps() throws IOException {
        String title = "Normaliseren, opvoeden en opgroeien in de jeugdzorg, het onderwijs en de kinderopvang: "
                + "samenwerken met ouders, netwerken en professionals in wijkteams, de specialistische jeugdhulp "
                + "en de jeugdbescherming, van signaleren tot afschalen";
        byte[] pdf = render(certificate().moduleTitle(title).build());
        String text = text(pdf);
        for (String word : title.split(" ")) {
            assertTrue(text.contains(word), () -> word + " missing from:\n" + text);
        }
        assertFalse(text.contains(title), "the title is not on one line");
        float[] extent = horizontalExtent(pdf);
        assertTrue(extent[0] >= CertificatePdf.MARGIN - 0.5f, "left edge " + extent[0]);
        assertTrue(extent[1] <= CertificatePdf.PAGE.getWidth() - CertificatePdf.MARGIN + 0.5f,
                "right edge " + extent[1]);
    }

    @Test
    @DisplayName("One A4 landscape page with title, author, subject and the completion moment as creation date")
    void documentInfo() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(certificate().build()))) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(842, Math.round(document.getPage(0).getMediaBox().getWidth()));
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getHeight()));
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Certificaat: Normaliseren in de jeugdzorg", info.getTitle());
            assertEquals("Leernetwerk Normaliseren", info.getAuthor());
            assertEquals("Certificaat van Anna de Vries voor Normaliseren in de jeugdzorg", info.getSubject());
            assertEquals(Instant.parse("2026-11-30T14:05:09Z"), info.getCreationDate().toInstant());
        }
    }

    @Test
    @DisplayName("The signed badge is attached as open-badge-credential.jwt, byte for byte; none without a JWT")
    void attachment() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(certificate().build()))) {
            PDComplexFileSpecification spec = document.getDocumentCatalog().getNames().getEmbeddedFiles()
                    .getNames().get("open-badge-credential.jwt");
            assertEquals("open-badge-credential.jwt", spec.getFileUnicode());
            assertArrayEquals(JWT.getBytes(StandardCharsets.US_ASCII), spec.getEmbeddedFile().toByteArray());
        }
        byte[] withoutJwt = CertificatePdf.render(certificate().build(), LABELS, NL, null);
        try (PDDocument document = Loader.loadPDF(withoutJwt)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            assertNull(names == null ? null : names.getEmbeddedFiles());
        }
    }

    @Test
    @DisplayName("A label the bundle lacks prints its key rather than failing")
    void missingLabel() throws IOException {
        String text = text(CertificatePdf.render(certificate().build(), key -> null, NL, null));
        assertTrue(text.contains("certificate.pdf.title"), text);
        assertTrue(text.contains("Anna de Vries"), text);
    }

    @Test
    @DisplayName("The code shows as 8 groups of 4")
    void displayCode() {
        assertEquals("ABCD-2345-EFGH-6789-JKLM-2345-NPQR-6789", CertificatePdf.displayCode(CertificateDataBuilder.CODE));
        assertEquals("ABCD-EF", CertificatePdf.displayCode("ABCDEF"));
    }

    @Test
    @DisplayName("The QR matrix: quiet zone of 2, error correction M, decodes to the verify address")
    void qrMatrix() throws Exception {
        BitMatrix matrix = QrCode.matrix(CertificateDataBuilder.VERIFY_URL);
        assertEquals(matrix.getWidth(), matrix.getHeight());
        int modules = matrix.getWidth() - 2 * QrCode.QUIET_ZONE;
        assertEquals(0, (modules - 17) % 4, "a QR code is 17 + 4 x version modules wide, got " + modules);
        for (int i = 0; i < matrix.getWidth(); i++) {
            assertFalse(matrix.get(i, 0) || matrix.get(i, 1) || matrix.get(0, i) || matrix.get(1, i), "quiet zone");
        }
        assertTrue(matrix.get(2, 2), "finder pattern starts right after the quiet zone");
        Result result = decode(GrayPixels.of(matrix, 4));
        assertEquals(CertificateDataBuilder.VERIFY_URL, result.getText());
        assertEquals("M", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    }

    @Test
    @DisplayName("The QR code as drawn on the page, rendered at 150 dpi, decodes to the verify address")
    void qrOnPage() throws Exception {
        try (PDDocument document = Loader.loadPDF(render(certificate().build()))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
            BufferedImage corner = page.getSubimage(page.getWidth() * 3 / 4, page.getHeight() * 2 / 3,
                    page.getWidth() / 4, page.getHeight() / 3);
            assertEquals(CertificateDataBuilder.VERIFY_URL, decode(GrayPixels.of(corner)).getText());
        }
    }

    private static Result decode(LuminanceSource source) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
    }

    /** Leftmost and rightmost x of any glyph on the first page. */
    private static float[] horizontalExtent(byte[] pdf) throws IOException {
        float[] extent = {Float.MAX_VALUE, -Float.MAX_VALUE};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition position : positions) {
                    extent[0] = Math.min(extent[0], position.getXDirAdj());
                    extent[1] = Math.max(extent[1], position.getXDirAdj() + position.getWidthDirAdj());
                }
                super.writeString(text, positions);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return extent;
    }
}
