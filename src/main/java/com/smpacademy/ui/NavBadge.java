package com.smpacademy.ui;

/**
 * A count that a feature shows beside one of its side-navigation entries (unread alerts, entries to review), so the
 * layout does not import the feature. Implementations are Spring beans; {@link #count()} runs in the signed-in
 * user's security context each time the navigation is built and should cost one small query.
 */
public interface NavBadge {

    /** The route path of the navigation entry, as in its {@code @Route} (without a leading slash). */
    String path();

    /** The number to show for the current user; 0 shows nothing. */
    long count();
}
