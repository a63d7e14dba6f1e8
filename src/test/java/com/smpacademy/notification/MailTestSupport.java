package com.smpacademy.notification;

import jakarta.mail.internet.MimeMessage;

/** Small unchecked helpers for reading received mail in streams. */
final class MailTestSupport {

    private MailTestSupport() {
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String textOf(MimeMessage m) {
        try {
            return com.smpacademy.support.MailTest.text(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
