package com.smpacademy.clinic.ui;

import com.smpacademy.common.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Edits a roster row's free-text note. */
final class NoteDialog {

    private NoteDialog() {
    }

    static Dialog open(String artist, @Nullable String current, Consumer<String> save) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Note for " + artist);
        TextArea text = new TextArea();
        text.setId("note-text");
        text.setWidth("min(90vw, 28rem)");
        text.setMaxLength(500);
        text.setValue(current == null ? "" : current);
        Button ok = new Button("Save note", e -> {
            try {
                save.accept(text.getValue());
                dialog.close();
            } catch (InvalidInputException ex) {
                text.setErrorMessage(ex.getMessage());
                text.setInvalid(true);
            }
        });
        ok.setId("note-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
        return dialog;
    }
}
