package com.smpacademy.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature adds to the top bar of every signed-in page (the notifications bell), so the layout does not
 * import the feature. Implementations are Spring beans; {@link #create()} runs once per layout instance.
 */
public interface HeaderItem {

    int order();

    /** A new component for the signed-in user, or empty when this feature has nothing for them. */
    Optional<Component> create();
}
