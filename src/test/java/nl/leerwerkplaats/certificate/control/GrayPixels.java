package nl.leerwerkplaats.certificate.control;

import java.awt.image.BufferedImage;
import java.util.function.IntBinaryOperator;

import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;

/**
 * Grey pixels for ZXing's QR reader from a bit matrix or a rendered page, since ZXing core has no image reader
 * (that lives in its javase module, which the platform does not need).
 */
final class GrayPixels extends LuminanceSource {

    private final IntBinaryOperator gray;

    private GrayPixels(int width, int height, IntBinaryOperator gray) {
        super(width, height);
        this.gray = gray;
    }

    /** Each module as a square of {@code scale} pixels, dark modules black. */
    static GrayPixels of(BitMatrix matrix, int scale) {
        return new GrayPixels(matrix.getWidth() * scale, matrix.getHeight() * scale,
                (x, y) -> matrix.get(x / scale, y / scale) ? 0 : 255);
    }

    static GrayPixels of(BufferedImage image) {
        return new GrayPixels(image.getWidth(), image.getHeight(), (x, y) -> {
            int rgb = image.getRGB(x, y);
            return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
        });
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
        for (int x = 0; x < getWidth(); x++) {
            out[x] = (byte) gray.applyAsInt(x, y);
        }
        return out;
    }

    @Override
    public byte[] getMatrix() {
        byte[] all = new byte[getWidth() * getHeight()];
        for (int y = 0; y < getHeight(); y++) {
            System.arraycopy(getRow(y, null), 0, all, y * getWidth(), getWidth());
        }
        return all;
    }
}
