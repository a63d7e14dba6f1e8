package com.smpacademy.notification;

import com.smpacademy.account.AccountContact;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.common.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications: the public way for any feature to tell a person something ({@link #send}), the person's own list
 * under the bell and their preferences, and the admins' view of the e-mail outbox.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final Pattern TOKEN = Pattern.compile("token=[A-Za-z0-9_-]+");

    /** The two ways a person is told. */
    public enum Channel { EMAIL, IN_APP }

    /** One entry under the bell. */
    public record Item(long id, String kind, String title, String body, @Nullable String link,
                       @Nullable String linkLabel, Instant createdAt, boolean read) {
    }

    /** One kind on a person's preference list; security kinds are always on ({@code locked}). */
    public record Preference(NotificationKind kind, boolean email, boolean inApp, boolean locked) {
    }

    /** One outbox message, as the recipient sees it (security links hidden outside demo mode). */
    public record OutboxEntry(long id, String to, String toName, String kind, String subject, String text,
                              String html, OutboxStatus status, int attempts, Instant nextAttemptAt,
                              @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt,
                              boolean security) {
        /** Whether an admin may ask for it to be sent again now. */
        public boolean retryable() {
            return status == OutboxStatus.FAILED || status == OutboxStatus.HELD || status == OutboxStatus.RETRYING;
        }
    }

    private final Map<String, NotificationKind> kinds = new LinkedHashMap<>();
    private final InAppNotificationRepository notifications;
    private final OutboxMessageRepository outbox;
    private final MessageTemplates templates;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean showSecurityLinks;

    NotificationService(List<NotificationKind> declared, InAppNotificationRepository notifications,
                        OutboxMessageRepository outbox, MessageTemplates templates, AccountService accounts,
                        CurrentUser currentUser, JdbcTemplate jdbc, Clock clock,
                        @Value("${academy.demo-data:true}") boolean demoData) {
        for (NotificationKind kind : declared) {
            if (kinds.putIfAbsent(kind.key(), kind) != null) {
                throw new IllegalStateException("Two notification kinds use the key " + kind.key());
            }
        }
        this.notifications = notifications;
        this.outbox = outbox;
        this.templates = templates;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        // in the demo nobody has a mailbox: the admin may read reset links on the Outbox page to try the flow
        this.showSecurityLinks = demoData;
    }

    // --- for other features -------------------------------------------------------------------------------

    /**
     * Tells one person something: an entry under their bell and an e-mail, each unless they turned that off for
     * this kind (security kinds always go both ways), nothing for a disabled or unknown account. Joins the
     * caller's transaction, so the message is written, or not, with the change that causes it; the e-mail leaves
     * after commit through the outbox. Call it from the service method or synchronous event listener that makes
     * the change; it needs no signed-in user.
     *
     * @return whether anything was written (false: unknown or disabled account, both channels off, or a notice
     *         with the same {@link Notice#onceKey()} was already written)
     * @throws IllegalArgumentException when {@code notice.kind()} was not declared as a {@link NotificationKind}
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean send(Notice notice) {
        NotificationKind kind = kinds.get(notice.kind());
        if (kind == null) {
            throw new IllegalArgumentException("Undeclared notification kind " + notice.kind()
                    + ": declare it as a NotificationKind bean");
        }
        Optional<AccountContact> contact = accounts.contact(notice.recipientId());
        if (contact.isEmpty() || !contact.get().enabled()) {
            return false;
        }
        boolean email = kind.security() || !optedOut(notice.recipientId(), kind.key(), Channel.EMAIL);
        boolean inApp = kind.security() || !optedOut(notice.recipientId(), kind.key(), Channel.IN_APP);
        if (!email && !inApp) {
            return false;
        }
        Instant now = clock.instant();
        if (notice.onceKey() != null) {
            Integer seen = jdbc.queryForObject("select count(*) from notification_once where once_key = ?",
                    Integer.class, notice.onceKey());
            if (seen != null && seen > 0) {
                return false;
            }
            jdbc.update("insert into notification_once (once_key, created_at) values (?, ?)", notice.onceKey(),
                    java.sql.Timestamp.from(now));
        }
        if (inApp) {
            notifications.save(new InAppNotification(notice.recipientId(), kind.key(), clip(notice.title(), 200),
                    clip(String.join("\n\n", notice.paragraphs()), 4000), notice.link(),
                    notice.linkLabel(), now));
        }
        if (email) {
            AccountContact to = contact.get();
            MessageTemplates.Rendered message = templates.render(notice, to, kind);
            outbox.save(new OutboxMessage(to.id(), to.email(), to.name(), kind.key(), clip(message.subject(), 300),
                    message.text(), message.html(), kind.security(), now));
            log.debug("Outbox: \"{}\" to account {}", message.subject(), to.id());
        }
        return true;
    }

    /** Every declared kind, in declaration order. */
    public List<NotificationKind> kinds() {
        return List.copyOf(kinds.values());
    }

    // --- the signed-in person's own -------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(currentUser.require().id());
    }

    /** The caller's notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Item> mine(int offset, int limit) {
        int size = Math.min(Math.max(limit, 1), 200);
        return notifications.newestFirst(currentUser.require().id(), PageRequest.of(Math.max(offset, 0) / size, size))
                .stream().map(NotificationService::item).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long myCount() {
        return notifications.countByRecipientId(currentUser.require().id());
    }

    /** Marks one of the caller's notifications read; another person's is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Item markRead(long notificationId) {
        InAppNotification n = notifications.findById(notificationId)
                .orElseThrow(() -> new RuleViolationException("This notification no longer exists."));
        if (n.recipientId() != currentUser.require().id()) {
            throw new AccessDeniedException("This notification is someone else's.");
        }
        n.markRead(clock.instant());
        return item(n);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(currentUser.require().id(), clock.instant());
    }

    /** The kinds the caller's role can receive, with what they turned off. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Preference> myPreferences() {
        AccountPrincipal me = currentUser.require();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select kind, channel from notification_opt_out where account_id = ?", me.id());
        return kinds.values().stream().filter(k -> k.isFor(me.role())).map(k -> {
            boolean emailOff = rows.stream().anyMatch(r -> k.key().equals(r.get("kind"))
                    && Channel.EMAIL.name().equals(r.get("channel")));
            boolean appOff = rows.stream().anyMatch(r -> k.key().equals(r.get("kind"))
                    && Channel.IN_APP.name().equals(r.get("channel")));
            return new Preference(k, k.security() || !emailOff, k.security() || !appOff, k.security());
        }).toList();
    }

    /** Turns one kind on or off for one channel. Security kinds cannot be turned off. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setPreference(String kindKey, Channel channel, boolean on) {
        AccountPrincipal me = currentUser.require();
        NotificationKind kind = kinds.get(kindKey);
        if (kind == null || !kind.isFor(me.role())) {
            throw new RuleViolationException("There is no such kind of message for your account.");
        }
        if (kind.security() && !on) {
            throw new RuleViolationException("\"" + kind.label() + "\" is a security message and cannot be "
                    + "turned off.");
        }
        jdbc.update("delete from notification_opt_out where account_id = ? and kind = ? and channel = ?",
                me.id(), kindKey, channel.name());
        if (!on) {
            jdbc.update("insert into notification_opt_out (account_id, kind, channel) values (?, ?, ?)",
                    me.id(), kindKey, channel.name());
        }
    }

    // --- the outbox, for admins -----------------------------------------------------------------------------

    /** One page of the outbox, newest first, with one status or all (null). Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutboxEntry> outbox(@Nullable OutboxStatus status, int offset, int limit) {
        int size = Math.min(Math.max(limit, 1), 200);
        return outbox.newestFirst(status, PageRequest.of(Math.max(offset, 0) / size, size)).stream()
                .map(this::entry).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long outboxCount(@Nullable OutboxStatus status) {
        return outbox.countByStatusOrAll(status);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public OutboxEntry outboxMessage(long id) {
        return entry(outbox.findById(id).orElseThrow(() -> new RuleViolationException("No such message.")));
    }

    /** Sends a failed, retrying or held message again at the next run of the sender. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OutboxEntry retry(long id) {
        OutboxMessage m = outbox.findById(id).orElseThrow(() -> new RuleViolationException("No such message."));
        if (!entry(m).retryable()) {
            throw new RuleViolationException("Only failed or held messages can be sent again; this one is "
                    + m.status().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        m.retryNow(clock.instant());
        return entry(m);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private boolean optedOut(long accountId, String kind, Channel channel) {
        Integer n = jdbc.queryForObject("select count(*) from notification_opt_out where account_id = ? and kind = ? "
                + "and channel = ?", Integer.class, accountId, kind, channel.name());
        return n != null && n > 0;
    }

    private OutboxEntry entry(OutboxMessage m) {
        String text = m.bodyText();
        String html = m.bodyHtml();
        if (m.security() && !showSecurityLinks) {
            // a reset or invitation link lets whoever holds it into the account: not even admins read it here
            text = TOKEN.matcher(text).replaceAll("token=(hidden)");
            html = TOKEN.matcher(html).replaceAll("token=(hidden)");
        }
        return new OutboxEntry(m.id(), m.toAddress(), m.toName(), m.kind(), m.subject(), text, html, m.status(),
                m.attempts(), m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt(), m.security());
    }

    private static Item item(InAppNotification n) {
        return new Item(n.id(), n.kind(), n.title(), n.body(), n.link(), n.linkLabel(), n.createdAt(),
                n.readAt() != null);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
