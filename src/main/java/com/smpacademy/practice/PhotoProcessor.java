package com.smpacademy.practice;

import com.smpacademy.common.InvalidInputException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Accepts a practice photo only if its bytes decode as JPEG or PNG (the name and the browser's claim are ignored),
 * then re-encodes it from pixels: EXIF, GPS and every other piece of metadata are left behind. Stored downscaled
 * to at most 2048 px on the long side, with a 320 px thumbnail.
 */
final class PhotoProcessor {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_SIDE = 2048;
    static final int THUMB_SIDE = 320;
    /** Refuse decompression bombs before decoding: 50 megapixels is beyond any phone camera. */
    private static final long MAX_PIXELS = 50_000_000L;

    record Processed(String contentType, int width, int height, byte[] image, byte[] thumbnail) {
    }

    private PhotoProcessor() {
    }

    static Processed process(String fileName, byte[] bytes) {
        String name = fileName == null || fileName.isBlank() ? "The file" : "\"" + fileName + "\"";
        if (bytes.length == 0) {
            throw InvalidInputException.of("photo", name + " is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("photo", name + " is " + (bytes.length / (1024 * 1024))
                    + " MB; photos may be at most 10 MB.");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAPhoto(name);
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toLowerCase(Locale.ROOT);
            if (!format.equals("jpeg") && !format.equals("jpg") && !format.equals("png")) {
                throw notAPhoto(name);
            }
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw InvalidInputException.of("photo", name + " has too many pixels; use a photo of at most "
                            + "50 megapixels.");
                }
                BufferedImage decoded = reader.read(0);
                boolean png = format.equals("png");
                BufferedImage image = scale(decoded, MAX_SIDE, png && decoded.getColorModel().hasAlpha());
                BufferedImage thumb = scale(decoded, THUMB_SIDE, png && decoded.getColorModel().hasAlpha());
                boolean keepPng = png && decoded.getColorModel().hasAlpha();
                return new Processed(keepPng ? "image/png" : "image/jpeg", image.getWidth(), image.getHeight(),
                        encode(image, keepPng), encode(thumb, keepPng));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw notAPhoto(name);
        }
    }

    private static InvalidInputException notAPhoto(String name) {
        return InvalidInputException.of("photo", name + " is not a JPEG or PNG photo. Upload the photo as taken "
                + "by your camera or phone (JPEG or PNG).");
    }

    private static BufferedImage scale(BufferedImage source, int maxSide, boolean alpha) {
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1.0, (double) maxSide / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * factor));
        int th = Math.max(1, (int) Math.round(h * factor));
        BufferedImage target = new BufferedImage(tw, th, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, tw, th);
            }
            g.drawImage(source, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, boolean png) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (png) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.86f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
