package nl.leerwerkplaats.certificate.control;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The verify address as a QR code drawn with PDF rectangles: sharp at any zoom or print size, and no image
 * library (ZXing's javase module) needed.
 */
final class QrCode {

    /** Quiet zone in modules; the white page margin around the code adds to it. */
    static final int QUIET_ZONE = 2;

    private QrCode() {
    }

    /**
     * One bit per module, quiet zone included; error correction M survives a crease or a stain on paper. Size 0
     * asks ZXing for the natural size, one bit per module.
     */
    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }

    /**
     * Draws the matrix as a square of {@code size} points with its lower left corner at (x, y). Each run of dark
     * modules in a row is one rectangle, so viewers show no hairlines between neighbouring modules.
     */
    static void draw(PDPageContentStream stream, BitMatrix matrix, float x, float y, float size) throws IOException {
        float module = size / matrix.getWidth();
        stream.setNonStrokingColor(0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                stream.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        stream.fill();
    }
}
