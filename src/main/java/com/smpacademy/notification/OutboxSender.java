package com.smpacademy.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox after commit. Each message is first claimed with an update that only one node can win
 * (status to SENDING, owner and deadline set), then handed to the SMTP server outside any transaction, then marked
 * SENT, or RETRYING with its error and the next try (exponential back-off), or FAILED after the last attempt.
 * A node killed mid-send leaves its claim to expire, and the message is tried again: it carries a fixed
 * Message-ID, so a receiving server or mail client can spot the rare duplicate. Without {@code spring.mail.host}
 * there is no mail sender bean and messages are HELD: kept, shown on the Outbox page, and logged with their subject.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Set<OutboxStatus> DUE = EnumSet.of(OutboxStatus.PENDING, OutboxStatus.RETRYING);
    static final String NO_SMTP = "Not sent: no SMTP configured (set spring.mail.host)";

    private final OutboxMessageRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final String fromName;
    private final Duration retryBase;
    private final int maxAttempts;
    private final Duration claimFor;
    private final String node;
    private final String messageIdDomain;

    OutboxSender(OutboxMessageRepository outbox, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate tx,
                 Clock clock, MessageTemplates templates,
                 @Value("${academy.mail.from:no-reply@smp-academy.invalid}") String from,
                 @Value("${academy.mail.retry-base-seconds:60}") long retryBaseSeconds,
                 @Value("${academy.mail.max-attempts:8}") int maxAttempts,
                 @Value("${academy.mail.claim-seconds:120}") long claimSeconds,
                 @Value("${academy.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
        this.fromName = templates.academyName();
        this.retryBase = Duration.ofSeconds(Math.max(retryBaseSeconds, 1));
        this.maxAttempts = Math.max(maxAttempts, 1);
        this.claimFor = Duration.ofSeconds(Math.max(claimSeconds, 10));
        this.node = ManagementFactory.getRuntimeMXBean().getName();
        this.messageIdDomain = java.net.URI.create(publicUrl).getHost() == null ? "smp-academy"
                : java.net.URI.create(publicUrl).getHost();
    }

    /** The scheduled run: one node at a time across the cluster. */
    @Scheduled(fixedDelayString = "${academy.mail.poll-millis:3000}",
            initialDelayString = "${academy.mail.initial-delay-millis:5000}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT10M")
    public void scheduledRun() {
        deliverDue();
    }

    /**
     * Sends every message that is due now. Safe to call on several nodes at once (claims decide), and used
     * directly by tests.
     *
     * @return how many messages the SMTP server accepted in this run
     */
    public int deliverDue() {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        tx.executeWithoutResult(s -> outbox.releaseStale(now));
        List<Long> due = tx.execute(s -> outbox.due(DUE, now, PageRequest.of(0, 100)));
        JavaMailSender sender = mailSender.getIfAvailable();
        int sent = 0;
        for (Long id : due == null ? List.<Long>of() : due) {
            if (sender == null) {
                hold(id);
            } else if (deliver(sender, id, now)) {
                sent++;
            }
        }
        return sent;
    }

    private void hold(long id) {
        tx.executeWithoutResult(s -> outbox.findById(id).ifPresent(m -> {
            if (DUE.contains(m.status())) {
                m.held(NO_SMTP);
                log.info("Mail not sent (no SMTP configured), kept in the outbox: \"{}\" to {}", m.subject(),
                        m.toAddress());
            }
        }));
    }

    private boolean deliver(JavaMailSender sender, long id, Instant now) {
        Integer claimed = tx.execute(s -> outbox.claim(id, node, now.plus(claimFor), now, DUE));
        if (claimed == null || claimed != 1) {
            return false; // another node took it, or it is no longer due
        }
        OutboxMessage m = tx.execute(s -> outbox.findById(id).orElse(null));
        if (m == null) {
            return false;
        }
        @Nullable String error = null;
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(new InternetAddress(from, fromName, "UTF-8"));
            helper.setTo(new InternetAddress(m.toAddress(), m.toName(), "UTF-8"));
            helper.setSubject(m.subject());
            helper.setText(m.bodyText(), m.bodyHtml());
            mime.saveChanges();
            mime.setHeader("Message-ID", "<outbox-" + m.id() + "@" + messageIdDomain + ">");
            sender.send(mime);
        } catch (RuntimeException | jakarta.mail.MessagingException | UnsupportedEncodingException e) {
            error = rootMessage(e);
        }
        Instant done = clock.instant();
        String failure = error;
        tx.executeWithoutResult(s -> outbox.findById(id).ifPresent(row -> {
            if (failure == null) {
                row.sent(done);
            } else {
                Instant retryAt = row.attempts() >= maxAttempts ? null
                        : done.plus(retryBase.multipliedBy(1L << Math.min(row.attempts() - 1, 16)));
                row.failed(failure, retryAt);
                log.warn("Mail to {} failed (attempt {} of {}): {}", row.toAddress(), row.attempts(), maxAttempts,
                        failure);
            }
        }));
        return failure == null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t != e) {
            sb.append(" (").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(")");
        }
        return sb.toString();
    }
}
