package com.smpacademy.ui;

import com.smpacademy.common.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's {@link InvalidInputException} next to the fields it concerns: each view names its fields once
 * with the same keys the service uses.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String key, HasValidation field) {
        fields.put(key, field);
        return this;
    }

    /** Clears every message, e.g. before submitting again. */
    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * Marks each field the exception names; messages for fields this view does not show are returned joined, so the
     * caller can show them elsewhere (empty when every message found its field).
     */
    public String show(InvalidInputException e) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        e.fieldErrors().forEach((key, message) -> {
            HasValidation field = fields.get(key);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(message);
            }
        });
        return unplaced.toString();
    }
}
