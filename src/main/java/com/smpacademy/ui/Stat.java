package com.smpacademy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A figure with its caption, as the dashboards show them (styled by the {@code .stat} rules). */
public final class Stat {

    private Stat() {
    }

    public static Div of(String value, String label) {
        Span number = new Span(value);
        number.addClassName("stat-value");
        Span caption = new Span(label);
        caption.addClassName("stat-label");
        Div stat = new Div(number, caption);
        stat.addClassName("stat");
        return stat;
    }
}
