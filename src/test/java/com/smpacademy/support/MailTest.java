package com.smpacademy.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Base for tests that send real e-mail: GreenMail's SMTP server on 127.0.0.1:3961 (fresh for each test), and the
 * app's {@code spring.mail.*} pointed at it. One Spring context for all such tests.
 */
@SpringTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3961",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=3000",
        "academy.mail.retry-base-seconds=1", "academy.mail.max-attempts=3",
        "academy.public-url=https://academy.example"})
public abstract class MailTest {

    public static final int SMTP_PORT = 3961;

    @RegisterExtension
    protected static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(true);

    /** The messages GreenMail received for this address. */
    protected static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The whole body as text (both parts of a multipart message), decoded. */
    protected static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    public static String text(MimeMessage message) throws Exception {
        return partOf(message.getContent(), "text/plain");
    }

    public static String html(MimeMessage message) throws Exception {
        return partOf(message.getContent(), "text/html");
    }

    private static String partOf(Object content, String type) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
                String inner = partOf(part.getContent(), type);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return "";
    }
}
