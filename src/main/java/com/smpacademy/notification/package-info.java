/**
 * Notifications in the app and by e-mail. Other features do not call this package for their own events: it listens
 * to their past-tense events ({@code PracticeEntryReviewed}, {@code CertificateIssued}, ...). A feature above it
 * (clinic) may send its own messages through {@link com.smpacademy.notification.NotificationService#send}, after
 * declaring their kind as a {@link com.smpacademy.notification.NotificationKind} bean.
 *
 * <p>E-mail leaves through a transactional outbox: {@code send} writes the message row in the caller's transaction,
 * and {@link com.smpacademy.notification.OutboxSender} delivers it after commit (one node at a time, under a ShedLock
 * lock), with back-off on SMTP failures.
 */
@NullMarked
package com.smpacademy.notification;

import org.jspecify.annotations.NullMarked;
