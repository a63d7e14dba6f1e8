package com.smpacademy.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card that a feature adds to the signed-in person's profile page (notification preferences), so the account
 * feature does not import it. Implementations are Spring beans; {@link #create()} runs each time the profile is
 * opened, in the user's UI and security context.
 */
public interface ProfileSection {

    /** Sections follow the built-in cards in ascending order. */
    int order();

    /** A new card for the signed-in user, or empty when this feature has nothing for them. */
    Optional<Component> create();
}
