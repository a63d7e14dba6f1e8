package com.smpacademy.practice.ui;

import com.smpacademy.dotanalysis.PracticeCardPdf;
import com.smpacademy.practice.DotFiguresService.EntryFigures;
import com.smpacademy.practice.DotFiguresService.FigureRow;
import com.smpacademy.practice.DotFiguresService.PhotoFigures;
import com.smpacademy.practice.DotFiguresService.State;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * The measured dot figures of an entry's photos, each against the exercise's target, with the overlay; shown on
 * the trainee's entry and beside the instructor's rubric. Says plainly that the rubric decides.
 */
final class DotFiguresPanel {

    private DotFiguresPanel() {
    }

    static Div of(EntryFigures figures) {
        Div panel = new Div();
        panel.setId("dot-figures");
        panel.addClassName("dot-figures");
        panel.add(new H3("Measured dots"));
        Paragraph intro = new Paragraph((figures.exercise() == null ? "No target ranges for this skill. "
                : "Targets: " + figures.exercise() + ". ")
                + "Measured from the photo of the practice card; the instructor's rubric is the decision.");
        intro.addClassName("muted");
        panel.add(intro);
        if (figures.photos().isEmpty()) {
            panel.add(new Paragraph("No photos to measure. Photograph your work on the practice card."));
        }
        for (PhotoFigures p : figures.photos()) {
            panel.add(photo(p));
        }
        return panel;
    }

    private static Div photo(PhotoFigures p) {
        Div box = new Div();
        box.addClassName("dot-photo");
        box.setId("dot-photo-" + p.photoId());
        if (p.state() == State.WAITING || p.state() == State.NOT_MEASURABLE) {
            Paragraph message = new Paragraph(p.message());
            message.addClassName(p.state() == State.WAITING ? "muted" : "form-error");
            message.setId("dot-message-" + p.photoId());
            box.add(message);
            return box;
        }
        if (p.message() != null) {
            Paragraph warn = new Paragraph(p.message());
            warn.addClassName("locked-note");
            box.add(warn);
        }
        if (p.note() != null) {
            box.add(new Paragraph(p.note()));
        }
        Div table = new Div();
        table.addClassName("dot-table");
        for (FigureRow r : p.rows()) {
            Span label = new Span(r.label());
            Span value = new Span(r.value());
            value.addClassName("dot-value");
            Span target = new Span(r.target() == null ? "" : "target " + r.target());
            target.addClassName("muted");
            Span verdict = new Span(r.withinTarget() == null ? "" : r.withinTarget() ? "✓ within" : "✗ outside");
            verdict.addClassName(r.withinTarget() == null ? "muted" : r.withinTarget() ? "dot-ok" : "dot-off");
            Div row = new Div(label, value, target, verdict);
            row.addClassName("dot-row");
            row.setId("dot-" + r.key() + "-" + p.photoId());
            table.add(row);
        }
        HorizontalLayout legend = new HorizontalLayout(legend("dot-legend-normal", "dot"),
                legend("dot-legend-blow", "blow-out"), legend("dot-legend-merged", "merged"),
                legend("dot-legend-cell", "density cells"));
        legend.setWrap(true);
        if (p.overlay()) {
            Image overlay = new Image("/practice-photos/" + p.photoId() + "/overlay",
                    "The photo with every dot outlined, blow-outs in red, merged dots in purple, and the cell grid");
            overlay.addClassName("dot-overlay");
            Anchor link = new Anchor("/practice-photos/" + p.photoId() + "/overlay", overlay);
            link.setTarget("_blank");
            box.add(link, legend);
        }
        box.add(table);
        return box;
    }

    private static Span legend(String className, String text) {
        Span swatch = new Span();
        swatch.addClassNames("dot-swatch", className);
        Span label = new Span(swatch, new Span(text));
        label.addClassName("dot-legend");
        return label;
    }

    /** Download links for the printable card, A4, Letter and the sticker sheet. */
    static HorizontalLayout cardDownloads() {
        HorizontalLayout links = new HorizontalLayout();
        links.setId("practice-card-downloads");
        links.setWrap(true);
        links.add(new Span("Practice card (print at 100 %):"));
        for (PracticeCardPdf.Paper paper : PracticeCardPdf.Paper.values()) {
            Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(PracticeCardPdf.render(paper)), paper.fileName(), "application/pdf",
                    -1)), paper.label());
            a.setId("practice-card-" + paper.name().toLowerCase(java.util.Locale.ROOT));
            links.add(a);
        }
        return links;
    }
}
