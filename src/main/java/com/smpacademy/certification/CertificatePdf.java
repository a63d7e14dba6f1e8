package com.smpacademy.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** The printable certificate: who, what, when, until when, the code, and a QR code that opens the verify page. */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Color TEAL = new Color(0x0b, 0x6e, 0x75);

    private CertificatePdf() {
    }

    record Data(String academy, String holder, String program, LocalDate issuedOn, LocalDate expiresOn,
                String code, String verifyUrl) {
    }

    static byte[] render(Data d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(d.program() + " — " + d.holder());
        document.addAuthor(d.academy());
        document.addSubject("Certificate " + d.code());
        document.open();
        Font academy = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, TEAL);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 30, new Color(0x1f, 0x2a, 0x30));
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 14, new Color(0x1f, 0x2a, 0x30));
        Font holder = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 26, TEAL);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 11, new Color(0x5b, 0x6b, 0x73));
        Font code = FontFactory.getFont(FontFactory.COURIER_BOLD, 16, new Color(0x1f, 0x2a, 0x30));

        document.add(centered(d.academy(), academy, 8));
        document.add(centered("Certificate", heading, 24));
        document.add(centered("This certifies that", body, 6));
        document.add(centered(d.holder(), holder, 6));
        document.add(centered("has met every requirement of the", body, 4));
        document.add(centered(d.program(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18), 18));
        document.add(centered("Issued " + DATE.format(d.issuedOn()) + "   ·   Valid until "
                + DATE.format(d.expiresOn()), body, 18));
        Paragraph codeLine = centered("", body, 6);
        codeLine.add(new Chunk("Certificate code  ", small));
        codeLine.add(new Chunk(d.code(), code));
        document.add(codeLine);
        try {
            Image qr = Image.getInstance(qr(d.verifyUrl()), null);
            qr.scaleToFit(110, 110);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        document.add(centered("Scan, or open " + d.verifyUrl() + ", to check that this certificate is genuine "
                + "and current.", small, 0));
        document.close();
        writer.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }

    static BufferedImage qr(String url) {
        try {
            BitMatrix m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 330, 330,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < m.getWidth(); x++) {
                for (int y = 0; y < m.getHeight(); y++) {
                    img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return img;
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
