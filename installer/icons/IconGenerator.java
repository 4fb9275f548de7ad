import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the application icon of 残疾人就业帮扶台账: a calm blue rounded square with a white figure
 * standing over an open ledger. No text, so no font is needed.
 *
 * <p>Run from the repository root (JDK 11+ runs a single source file directly):
 * <pre>java installer/icons/IconGenerator.java installer/icons</pre>
 * It writes ledger-16.png … ledger-256.png and ledger.ico (16, 24, 32, 48, 64 and 128 as 32-bit bitmaps, 256 as PNG).
 */
public final class IconGenerator {

    static final int[] PNG_SIZES = {16, 32, 48, 64, 128, 256};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    static final Color TOP = new Color(0x4A90D9);
    static final Color BOTTOM = new Color(0x1E5A9E);
    static final Color WHITE = Color.WHITE;
    static final Color LINE = new Color(0x9CC3EA);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        for (int size : PNG_SIZES) {
            ImageIO.write(draw(size), "png", dir.resolve("ledger-" + size + ".png").toFile());
        }
        List<BufferedImage> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(draw(size));
        }
        Files.write(dir.resolve("ledger.ico"), ico(images));
        System.out.println("icons written to " + dir.toAbsolutePath());
    }

    /** Draws at 8x the size on a 256-unit canvas and scales down: smooth edges at every size. */
    static BufferedImage draw(int size) {
        int big = size * 8;
        BufferedImage hi = new BufferedImage(big, big, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = hi.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(big / 256.0, big / 256.0);
        boolean small = size <= 32;

        // the tile: small icons fill their square, larger ones keep a margin like other desktop icons
        double m = small ? 0 : 12;
        double arc = small ? 64 : 76;
        g.setPaint(new GradientPaint(0, (float) m, TOP, 0, (float) (256 - m), BOTTOM));
        g.fill(new RoundRectangle2D.Double(m, m, 256 - 2 * m, 256 - 2 * m, arc, arc));

        g.setPaint(WHITE);
        if (small) {
            drawSmall(g);
        } else {
            drawLarge(g);
        }
        g.dispose();
        return downscale(hi, size);
    }

    /** 16 and 32 pixels: the same picture laid on a 16-pixel grid (16 units a pixel), so every edge is sharp. */
    static void drawSmall(Graphics2D g) {
        g.fill(new Ellipse2D.Double(96, 32, 64, 64));
        Path2D body = new Path2D.Double();
        body.moveTo(64, 160);
        body.lineTo(64, 136);
        body.curveTo(64, 116, 80, 112, 96, 112);
        body.lineTo(160, 112);
        body.curveTo(176, 112, 192, 116, 192, 136);
        body.lineTo(192, 160);
        body.closePath();
        g.fill(body);
        g.fill(new Rectangle2D.Double(32, 176, 80, 48));
        g.fill(new Rectangle2D.Double(144, 176, 80, 48));
    }

    /** 48 pixels and up: a rounder figure and an open ledger with rows. */
    static void drawLarge(Graphics2D g) {
        double cx = 128;
        double headR = 25;
        double headY = 74;
        g.fill(new Ellipse2D.Double(cx - headR, headY - headR, 2 * headR, 2 * headR));
        double shoulderTop = headY + headR + 8;
        double half = 46;
        double base = shoulderTop + 40;
        Path2D body = new Path2D.Double();
        body.moveTo(cx - half, base);
        body.curveTo(cx - half, shoulderTop + 6, cx - half * 0.55, shoulderTop, cx, shoulderTop);
        body.curveTo(cx + half * 0.55, shoulderTop, cx + half, shoulderTop + 6, cx + half, base);
        body.closePath();
        g.fill(body);

        // two pages meeting at the spine, slightly raised at the outer edges
        double top = base + 12;
        double bottom = 206;
        double outer = 86;
        double gap = 4;
        g.fill(page(cx - gap, cx - outer, top, bottom));
        g.fill(page(cx + gap, cx + outer, top, bottom));

        // ledger rows on both pages
        g.setPaint(LINE);
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int row = 1; row <= 3; row++) {
            double t = row / 4.0;
            double y = top + 10 + (bottom - top - 10) * t;
            for (int side : new int[] {-1, 1}) {
                double lift = 10 * (1 - t);
                g.draw(new Line2D.Double(cx + side * (gap + 12), y, cx + side * (outer - 14), y - lift));
            }
        }
    }

    /** One page: inner edge at the spine, outer edge lifted by 12 units. */
    static Path2D page(double inner, double outerX, double top, double bottom) {
        Path2D p = new Path2D.Double();
        p.moveTo(inner, top + 6);
        p.lineTo(outerX, top - 6);
        p.lineTo(outerX, bottom - 12);
        p.lineTo(inner, bottom);
        p.closePath();
        return p;
    }

    /** Box filter over 8x8 blocks, premultiplied so transparent edges don't turn dark. */
    static BufferedImage downscale(BufferedImage hi, int size) {
        int f = hi.getWidth() / size;
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                long a = 0, r = 0, gr = 0, b = 0;
                for (int dy = 0; dy < f; dy++) {
                    for (int dx = 0; dx < f; dx++) {
                        int p = hi.getRGB(x * f + dx, y * f + dy);
                        int pa = p >>> 24;
                        a += pa;
                        r += ((p >> 16) & 0xff) * pa;
                        gr += ((p >> 8) & 0xff) * pa;
                        b += (p & 0xff) * pa;
                    }
                }
                int n = f * f;
                int oa = (int) Math.round(a / (double) n);
                int or = a == 0 ? 0 : (int) Math.round(r / (double) a);
                int og = a == 0 ? 0 : (int) Math.round(gr / (double) a);
                int ob = a == 0 ? 0 : (int) Math.round(b / (double) a);
                out.setRGB(x, y, (oa << 24) | (or << 16) | (og << 8) | ob);
            }
        }
        return out;
    }

    /** A Windows .ico: 256 as PNG (Vista and later), the others as 32-bit bitmaps with an AND mask. */
    static byte[] ico(List<BufferedImage> images) throws IOException {
        List<byte[]> blobs = new ArrayList<>();
        for (BufferedImage img : images) {
            blobs.add(img.getWidth() >= 256 ? png(img) : dib(img));
        }
        ByteBuffer head = ByteBuffer.allocate(6 + 16 * images.size()).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = head.capacity();
        for (int i = 0; i < images.size(); i++) {
            int s = images.get(i).getWidth();
            head.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s));
            head.put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32);
            head.putInt(blobs.get(i).length).putInt(offset);
            offset += blobs.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (byte[] blob : blobs) {
            out.write(blob);
        }
        return out.toByteArray();
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static byte[] dib(BufferedImage img) {
        int s = img.getWidth();
        int maskRow = ((s + 31) / 32) * 4;
        ByteBuffer b = ByteBuffer.allocate(40 + s * s * 4 + maskRow * s).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(s).putInt(2 * s).putShort((short) 1).putShort((short) 32)
                .putInt(0).putInt(s * s * 4 + maskRow * s).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = s - 1; y >= 0; y--) {
            for (int x = 0; x < s; x++) {
                int p = img.getRGB(x, y);
                b.put((byte) p).put((byte) (p >> 8)).put((byte) (p >> 16)).put((byte) (p >>> 24));
            }
        }
        for (int y = s - 1; y >= 0; y--) {
            byte[] row = new byte[maskRow];
            for (int x = 0; x < s; x++) {
                if ((img.getRGB(x, y) >>> 24) == 0) {
                    row[x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
            b.put(row);
        }
        return b.array();
    }
}
