package com.smpacademy.practice;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Photos for tests: real JPEGs and PNGs, one with GPS EXIF metadata. */
final class TestPhotos {

    static final String GPS_MARKER = "GPS-MARKER-51.5007N-0.1246W";

    private TestPhotos() {
    }

    static byte[] jpeg(int width, int height) {
        return encode(image(width, height), "jpeg");
    }

    static byte[] png(int width, int height) {
        return encode(image(width, height), "png");
    }

    private static BufferedImage image(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xF2D5C0));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        for (int i = 0; i < 200; i++) {
            g.fillOval((i * 37) % width, (i * 53) % height, 3, 3);
        }
        g.dispose();
        return img;
    }

    private static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG with an EXIF (APP1) segment holding a GPS IFD, as a phone writes it: inserted right after the SOI
     * marker. The GPS latitude reference and a recognisable marker string are in it.
     */
    static byte[] jpegWithGpsExif() {
        byte[] plain = jpeg(800, 600);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        // little-endian TIFF header, IFD0 at offset 8 with one entry: GPSInfo (0x8825) -> GPS IFD at offset 26
        writeBytes(tiff, 'I', 'I', 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00);
        writeBytes(tiff, 0x01, 0x00);
        writeBytes(tiff, 0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00, 0x1A, 0x00, 0x00, 0x00);
        writeBytes(tiff, 0x00, 0x00, 0x00, 0x00);
        // GPS IFD: one entry, GPSLatitudeRef (0x0001) ASCII "N"
        writeBytes(tiff, 0x01, 0x00);
        writeBytes(tiff, 0x01, 0x00, 0x02, 0x00, 0x02, 0x00, 0x00, 0x00, 'N', 0x00, 0x00, 0x00);
        writeBytes(tiff, 0x00, 0x00, 0x00, 0x00);
        byte[] marker = GPS_MARKER.getBytes(StandardCharsets.US_ASCII);
        tiff.write(marker, 0, marker.length);
        byte[] body = tiff.toByteArray();
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exifHeader.length + body.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        writeBytes(out, 0xFF, 0xE1, (length >> 8) & 0xFF, length & 0xFF);
        out.write(exifHeader, 0, exifHeader.length);
        out.write(body, 0, body.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static void writeBytes(ByteArrayOutputStream out, int... values) {
        for (int v : values) {
            out.write(v);
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
