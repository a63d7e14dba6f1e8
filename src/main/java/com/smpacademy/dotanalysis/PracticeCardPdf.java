package com.smpacademy.dotanalysis;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The printable practice card: the frame with its window (cut out along the dashed line), the four fiducials at
 * the positions {@link CardLayout} gives, a 10 mm scale bar to check the print, and instructions. A4 and Letter
 * hold one card; the sticker sheet holds six mannequin stickers.
 */
public final class PracticeCardPdf {

    public enum Paper {
        A4("A4", PageSize.A4, CardLayout.PRACTICE_CARD),
        LETTER("US Letter", PageSize.LETTER, CardLayout.PRACTICE_CARD),
        STICKERS_A4("Mannequin stickers (A4 sticker sheet)", PageSize.A4, CardLayout.STICKER);

        private final String label;
        private final Rectangle size;
        private final CardLayout layout;

        Paper(String label, Rectangle size, CardLayout layout) {
            this.label = label;
            this.size = size;
            this.layout = layout;
        }

        public String label() { return label; }
        public String fileName() { return "smp-practice-card-" + name().toLowerCase(java.util.Locale.ROOT) + ".pdf"; }
    }

    private static final float PT_PER_MM = 72f / 25.4f;

    private PracticeCardPdf() {
    }

    public static byte[] render(Paper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(paper.size, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("SMP Academy practice card");
            document.open();
            PdfContentByte cb = writer.getDirectContent();
            BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
            float pageW = paper.size.getWidth() / PT_PER_MM;
            float pageH = paper.size.getHeight() / PT_PER_MM;
            CardLayout layout = paper.layout;
            if (layout == CardLayout.PRACTICE_CARD) {
                double left = (pageW - layout.frameWidthMm()) / 2;
                double top = 40;
                drawCard(cb, writer, layout, left, top, pageH);
                text(cb, font, 16, 20, pageH - 20, "SMP Academy practice card");
                text(cb, font, 9, 20, pageH - 27, "Print at 100 % (actual size, not \"fit to page\"), then check the "
                        + "scale bar below with a ruler: it must measure 10 mm.");
                double below = top + layout.frameHeightMm() + 10;
                scaleBar(cb, font, 20, below, pageH);
                String[] steps = {
                    "1. Cut out the window along the dashed line.",
                    "2. Lay the card flat over your practice skin so your dots show through the window.",
                    "3. Photograph it straight on, in even light, with all four black corner markers in the photo.",
                    "4. Upload the photo to your logbook entry: dot size, spacing, density and blow-outs are measured.",
                };
                for (int i = 0; i < steps.length; i++) {
                    text(cb, font, 10, 20, pageH - (below + 16 + i * 6), steps[i]);
                }
            } else {
                text(cb, font, 14, 15, pageH - 15, "SMP Academy mannequin stickers");
                text(cb, font, 8, 15, pageH - 21, "Print at 100 % on sticker paper; check the 10 mm bar. Cut out "
                        + "each window, stick the frame on the mannequin and tattoo inside the window.");
                scaleBar(cb, font, 15, 28, pageH);
                double w = layout.frameWidthMm();
                double h = layout.frameHeightMm();
                for (int row = 0; row < 3; row++) {
                    for (int col = 0; col < 2; col++) {
                        drawCard(cb, writer, layout, 30 + col * (w + 30), 50 + row * (h + 25), pageH);
                    }
                }
            }
            document.close();
        } catch (org.openpdf.text.DocumentException | IOException e) {
            throw new IllegalStateException("Could not draw the practice card", e);
        }
        return out.toByteArray();
    }

    /** One frame with its top-left corner at (left, top) mm from the page's top-left. */
    private static void drawCard(PdfContentByte cb, PdfWriter writer, CardLayout layout, double left, double top,
                                 double pageH) throws org.openpdf.text.DocumentException, IOException {
        double inner = layout.gapMm() * 2 + layout.markerMm();
        double wx = left + inner;
        double wy = top + inner;
        // frame outline
        cb.setColorStroke(new Color(0x90, 0x9a, 0xa0));
        cb.setLineWidth(0.5f);
        rect(cb, left, top, layout.frameWidthMm(), layout.frameHeightMm(), pageH);
        cb.stroke();
        // the window: dashed cut line
        cb.setLineDash(3f, 2f, 0f);
        cb.setColorStroke(Color.DARK_GRAY);
        rect(cb, wx, wy, layout.windowWidthMm(), layout.windowHeightMm(), pageH);
        cb.stroke();
        cb.setLineDash(0f);
        for (int c = 0; c < 4; c++) {
            double[] centre = layout.markerCentreMm(c);
            double half = layout.markerMm() / 2;
            Image marker = Image.getInstance(Markers.renderImage(layout.markerId(c), 240), null);
            marker.scaleAbsolute(mm(layout.markerMm()), mm(layout.markerMm()));
            marker.setAbsolutePosition(mm(wx + centre[0] - half), mm(pageH - (wy + centre[1] + half)));
            cb.addImage(marker);
        }
    }

    private static void scaleBar(PdfContentByte cb, BaseFont font, double x, double y, double pageH) {
        cb.setColorFill(Color.BLACK);
        rect(cb, x, y, 10, 2, pageH);
        cb.fill();
        cb.setLineWidth(0.3f);
        cb.setColorStroke(Color.BLACK);
        for (double t : new double[] {x, x + 10}) {
            cb.moveTo(mm(t), mm(pageH - y + 1.5));
            cb.lineTo(mm(t), mm(pageH - y - 3.5));
        }
        cb.stroke();
        text(cb, font, 8, x + 13, pageH - y - 2, "10 mm: check with a ruler");
    }

    private static void rect(PdfContentByte cb, double x, double y, double w, double h, double pageH) {
        cb.rectangle(mm(x), mm(pageH - y - h), mm(w), mm(h));
    }

    private static void text(PdfContentByte cb, BaseFont font, float size, double x, double y, String text) {
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setColorFill(Color.BLACK);
        cb.setTextMatrix(mm(x), mm(y));
        cb.showText(text);
        cb.endText();
    }

    private static float mm(double mm) {
        return (float) (mm * PT_PER_MM);
    }
}
