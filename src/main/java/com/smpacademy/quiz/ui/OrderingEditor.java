package com.smpacademy.quiz.ui;

import com.smpacademy.quiz.QuizService.ShownQuestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Puts steps in order with up and down buttons (keyboard friendly, works on phones). Works in display positions,
 * which is all the view knows: the correct order never leaves the server.
 */
class OrderingEditor extends Div {

    private final List<String> items;
    private final Consumer<List<Integer>> onChange;
    private List<Integer> order;
    private boolean saved;

    OrderingEditor(ShownQuestion q, Consumer<List<Integer>> onChange) {
        this.items = q.items();
        this.onChange = onChange;
        this.order = q.saved() != null && q.saved().order() != null && q.saved().order().size() == items.size()
                ? new ArrayList<>(q.saved().order())
                : new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
        this.saved = q.saved() != null && q.saved().order() != null;
        addClassName("ordering");
        render();
    }

    List<Integer> order() {
        return List.copyOf(order);
    }

    void move(int row, int by) {
        int target = row + by;
        if (target < 0 || target >= order.size()) {
            return;
        }
        Integer moved = order.remove(row);
        order.add(target, moved);
        saved = true;
        render();
        onChange.accept(List.copyOf(order));
    }

    /** Saves the order as it stands, for a trainee who agrees with it. */
    void keep() {
        saved = true;
        render();
        onChange.accept(List.copyOf(order));
    }

    private void render() {
        removeAll();
        for (int row = 0; row < order.size(); row++) {
            int r = row;
            Span number = new Span(Integer.toString(row + 1));
            number.addClassName("ordering-number");
            Span text = new Span(items.get(order.get(row)));
            text.addClassName("ordering-text");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(r, -1));
            up.setAriaLabel("Move \"" + text.getText() + "\" up");
            up.setEnabled(row > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(r, 1));
            down.setAriaLabel("Move \"" + text.getText() + "\" down");
            down.setEnabled(row < order.size() - 1);
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div line = new Div(number, text, up, down);
            line.addClassName("ordering-row");
            add(line);
        }
        if (!saved) {
            Button keep = new Button("This order is right", e -> keep());
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
            keep.addClassName("ordering-keep");
            add(keep);
        }
    }
}
