package com.smpacademy.support;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/**
 * Typing into a field as a user would: refused when the field is hidden, disabled or read-only. Used instead of
 * Karibu's {@code _setValue}, whose reflective call does not match Vaadin 25.2's field internals.
 */
public final class Ui {

    private Ui() {
    }

    public static <V> void type(HasValue<?, V> field, V value) {
        LocatorJ.assertEditableByUser((Component) field);
        field.setValue(value);
    }
}
