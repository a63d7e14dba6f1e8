package com.smpacademy.ui;

import com.smpacademy.account.Role;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card that a feature adds to the dashboard, so the dashboard does not import every feature. Implementations
 * are Spring beans (usually in the feature's {@code ui} package); {@link #card(Role)} runs for each dashboard that is
 * opened, in the user's UI and security context, and returns nothing for roles the card is not for.
 */
public interface DashboardContribution {

    /** Cards are shown in ascending order; the built-in cards use 0 (first) and 1000 (the account card, last). */
    int order();

    /** A new card for the signed-in user with this role, or empty when this feature has nothing for them. */
    Optional<Component> card(Role role);
}
