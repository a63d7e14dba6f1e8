package com.smpacademy.notification;

import com.smpacademy.account.AccountContact;
import com.smpacademy.account.AccountInvited;
import com.smpacademy.account.PasswordResetRequested;
import com.smpacademy.certification.CertificateExpiring;
import com.smpacademy.certification.CertificateIssued;
import com.smpacademy.certification.CertificateRevoked;
import com.smpacademy.practice.PracticeEntryReviewed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Every message's words, in one place: what each event says ({@code entryReviewed}, {@code certificateIssued}, ...)
 * and the frame around every message (greeting, the academy's name and address, the footer that says why the
 * person receives it and how to change that), in plain text and in simple HTML. Text from people (an instructor's
 * comment, a name) is escaped in the HTML; the plain text is sent as {@code text/plain}, where nothing is markup.
 */
@Component
class MessageTemplates {

    static final String PRACTICE_REVIEWED = "practice.entry-reviewed";
    static final String PRACTICE_DIGEST = "practice.review-digest";
    static final String CERTIFICATE_ISSUED = "certification.issued";
    static final String CERTIFICATE_EXPIRING = "certification.expiring";
    static final String CERTIFICATE_REVOKED = "certification.revoked";
    static final String PASSWORD_RESET = "account.password-reset";
    static final String INVITATION = "account.invitation";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A message ready to store and send. */
    record Rendered(String subject, String text, String html) {
    }

    private final String academyName;
    private final String publicUrl;

    MessageTemplates(@Value("${academy.name:SMP Academy}") String academyName,
                     @Value("${academy.public-url:http://localhost:8080}") String publicUrl) {
        this.academyName = academyName;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String academyName() {
        return academyName;
    }

    /** A link as the e-mail needs it: paths inside the app become absolute with {@code academy.public-url}. */
    String absolute(String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        return publicUrl + "/" + (link.startsWith("/") ? link.substring(1) : link);
    }

    // --- the frame ----------------------------------------------------------------------------------------

    Rendered render(Notice notice, AccountContact to, NotificationKind kind) {
        String subject = notice.title() + " · " + academyName;
        String greeting = "Hello " + to.name() + ",";
        String linkLabel = notice.linkLabel() == null ? "Open in " + academyName : notice.linkLabel();
        String link = notice.link() == null ? null : absolute(notice.link());
        String why = kind.security()
                ? "This is a security message about your " + academyName + " account; it is always sent."
                : "You receive this e-mail because you have an account at " + academyName + " and \""
                + kind.label() + "\" is on (" + lowerFirst(kind.description()).replaceAll("\\.$", "") + ").";
        String how = kind.security()
                ? "If you did not expect it, you can ignore it; nothing changes until the link is used."
                : "To choose which messages you receive, open your profile: " + absolute("profile");

        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        for (String p : notice.paragraphs()) {
            text.append(p).append("\n\n");
        }
        if (link != null) {
            text.append(linkLabel).append(": ").append(link).append("\n\n");
        }
        text.append("-- \n").append(academyName).append(" · ").append(publicUrl).append("\n")
                .append(why).append("\n").append(how).append("\n");

        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>
                <body style="margin:0;padding:24px;background:#f4f7f7;font-family:Arial,Helvetica,sans-serif;\
                color:#1d2b2c;font-size:15px;line-height:1.5">
                <div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
                <div style="font-weight:bold;color:#0b6e75;font-size:18px;margin-bottom:16px">%s</div>
                <p>%s</p>
                """.formatted(esc(subject), esc(academyName), esc(greeting)));
        for (String p : notice.paragraphs()) {
            html.append("<p>").append(esc(p).replace("\n", "<br>")).append("</p>\n");
        }
        if (link != null) {
            html.append("<p><a href=\"").append(esc(link)).append("\" style=\"display:inline-block;background:#0b6e75;"
                    + "color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none\">")
                    .append(esc(linkLabel)).append("</a></p>\n<p style=\"font-size:13px;color:#5b6b6c\">")
                    .append("Or copy this address: ").append(esc(link)).append("</p>\n");
        }
        html.append("<hr style=\"border:none;border-top:1px solid #dde5e5;margin:24px 0 12px\">\n")
                .append("<p style=\"font-size:12px;color:#5b6b6c\">").append(esc(academyName)).append(" · <a href=\"")
                .append(esc(publicUrl)).append("\">").append(esc(publicUrl)).append("</a><br>")
                .append(esc(why)).append("<br>").append(esc(how)).append("</p>\n</div></body></html>\n");
        return new Rendered(subject, text.toString(), html.toString());
    }

    // --- what each event says -------------------------------------------------------------------------------

    Notice entryReviewed(PracticeEntryReviewed e) {
        String session = DATE.format(e.sessionDate()) + " (" + hours(e.minutes()) + ", "
                + lowerFirst(e.setting().label()) + ", " + lowerFirst(e.skill().label()) + ")";
        List<String> body = new ArrayList<>();
        String title = switch (e.decision()) {
            case APPROVE -> {
                body.add(e.reviewerName() + " approved your practice entry of " + session + ". Its hours now "
                        + "count towards your certificate.");
                if (e.rubricAverage() != null) {
                    body.add("Rubric average: " + String.format(Locale.ENGLISH, "%.1f", e.rubricAverage())
                            + " out of 5.");
                }
                yield "Practice entry approved";
            }
            case REQUEST_CHANGES -> {
                body.add(e.reviewerName() + " asks for changes to your practice entry of " + session
                        + ". Edit the entry and submit it again.");
                yield "Changes requested on your practice entry";
            }
            case REJECT -> {
                body.add(e.reviewerName() + " rejected your practice entry of " + session
                        + ". Its hours do not count.");
                yield "Practice entry rejected";
            }
        };
        if (e.comment() != null && !e.comment().isBlank()) {
            body.add("Comment from " + e.reviewerName() + ":\n" + e.comment().strip());
        }
        return new Notice(e.traineeId(), PRACTICE_REVIEWED, title, body, "practice/entry/" + e.entryId(),
                "Open the entry");
    }

    Notice reviewDigest(long instructorId, long waiting, @Nullable Instant oldestSubmittedAt, LocalDate day) {
        String entries = waiting == 1 ? "1 practice entry is" : waiting + " practice entries are";
        List<String> body = new ArrayList<>();
        body.add(entries + " waiting for your review.");
        if (oldestSubmittedAt != null) {
            body.add("The oldest was submitted on " + DATE.format(oldestSubmittedAt.atZone(ZoneOffset.UTC)) + ".");
        }
        return new Notice(instructorId, PRACTICE_DIGEST, entries.substring(0, 1).toUpperCase(Locale.ROOT)
                + entries.substring(1) + " waiting for review", body, "instructor/review-queue",
                "Open the review queue").once("digest:" + instructorId + ":" + day);
    }

    Notice certificateIssued(CertificateIssued e) {
        List<String> body = new ArrayList<>();
        body.add((e.renewsCode() == null ? "Congratulations! Your certificate \"" : "Your renewed certificate \"")
                + e.programName() + "\" has been issued.");
        body.add("Certificate code: " + e.code() + ". Valid from " + DATE.format(e.issuedOn()) + " until "
                + DATE.format(e.expiresOn()) + ".");
        if (e.renewsCode() != null) {
            body.add("It replaces certificate " + e.renewsCode() + ".");
        }
        body.add("Anyone can check it at " + absolute("verify/" + e.code()) + ".");
        return new Notice(e.holderId(), CERTIFICATE_ISSUED, "Your certificate has been issued", body,
                "certificate-pdf/" + e.code(), "Download the PDF");
    }

    Notice certificateExpiring(CertificateExpiring e) {
        List<String> body = new ArrayList<>();
        String title;
        if (e.expired()) {
            title = "Your certificate has expired";
            body.add("Your certificate \"" + e.programName() + "\" (" + e.code() + ") expired on "
                    + DATE.format(e.expiresOn()) + ". Verification now shows it as expired.");
        } else {
            title = "Your certificate expires in " + e.daysBefore() + " days";
            body.add("Your certificate \"" + e.programName() + "\" (" + e.code() + ") expires on "
                    + DATE.format(e.expiresOn()) + ".");
        }
        if (e.renewalOpen()) {
            body.add("Renewal is open: ask your instructor to renew it once you have the program's recent "
                    + "approved practice (and the refresher quiz, where the program asks for one).");
        }
        return new Notice(e.holderId(), CERTIFICATE_EXPIRING, title, body, "certificates", "See your certificates");
    }

    Notice certificateRevoked(CertificateRevoked e) {
        List<String> body = new ArrayList<>();
        body.add("Your certificate \"" + e.programName() + "\" (" + e.code() + ") was revoked on "
                + DATE.format(e.revokedAt().atZone(ZoneOffset.UTC)) + ". Verification now shows it as revoked.");
        body.add("Reason: " + e.reason() + (e.note() == null || e.note().isBlank() ? "" : " — " + e.note().strip()));
        body.add("If you think this is a mistake, contact your academy.");
        return new Notice(e.holderId(), CERTIFICATE_REVOKED, "Your certificate was revoked", body, "certificates",
                "See your certificates");
    }

    Notice passwordReset(PasswordResetRequested e) {
        return new Notice(e.accountId(), PASSWORD_RESET, "Reset your password", List.of(
                "Someone (hopefully you) asked to reset the password of your account " + e.email() + ".",
                "The link below lets you choose a new password. It works once, until "
                        + time(e.expiresAt()) + " UTC. Choosing a new password signs you out everywhere else."),
                e.link(), "Choose a new password");
    }

    Notice invitation(AccountInvited e) {
        return new Notice(e.accountId(), INVITATION, "You are invited to " + academyName, List.of(
                e.invitedBy() + " created an account for you at " + academyName + " (" + e.role().label()
                        + "), to log in as " + e.email() + ".",
                "Choose your password with the link below. It works once, until " + time(e.expiresAt())
                        + " UTC; after that, use \"Forgot password?\" on the login page."),
                e.link(), "Choose your password");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
                .format(instant.atZone(ZoneOffset.UTC));
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? (minutes / 60) + " h" : String.format(Locale.ENGLISH, "%.1f h", minutes / 60.0);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
