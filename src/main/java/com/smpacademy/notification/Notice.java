package com.smpacademy.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message to one account holder, shown under the bell and sent by e-mail (each unless the person turned that
 * off for this kind; security kinds always go). The text is plain: the templates escape it for HTML and add the
 * greeting, the academy's name and the footer that says why the person receives it.
 *
 * @param recipientId the account to notify (its e-mail address is looked up when the message is written)
 * @param kind        the key of a declared {@link NotificationKind}
 * @param title       one line: the bell's title and the e-mail's subject (the academy's name is prefixed)
 * @param paragraphs  the body, one plain-text paragraph each
 * @param link        a path inside the app without leading slash ({@code practice/entry/42}), or a full URL, or
 *                    null; the e-mail makes it absolute with {@code academy.public-url}
 * @param linkLabel   the words on the link ("Open the entry"), or null for a default
 * @param onceKey     when not null, a message with the same key is never written twice (a daily digest uses
 *                    {@code "digest:<instructor>:<date>"}); null for no such check
 */
public record Notice(long recipientId, String kind, String title, List<String> paragraphs, @Nullable String link,
                     @Nullable String linkLabel, @Nullable String onceKey) {

    public Notice {
        paragraphs = List.copyOf(paragraphs);
    }

    public Notice(long recipientId, String kind, String title, List<String> paragraphs, @Nullable String link,
                  @Nullable String linkLabel) {
        this(recipientId, kind, title, paragraphs, link, linkLabel, null);
    }

    /** The same notice, sent at most once per {@code key}. */
    public Notice once(String key) {
        return new Notice(recipientId, kind, title, paragraphs, link, linkLabel, key);
    }
}
