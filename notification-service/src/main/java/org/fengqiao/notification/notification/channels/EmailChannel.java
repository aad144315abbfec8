package org.fengqiao.notification.notification.channels;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.application.ChannelSender;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.model.Recipient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends a notification as a UTF-8 plain-text e-mail through the configured SMTP server. */
public class EmailChannel implements ChannelSender {

    /**
     * The system property by which Jakarta Mail finds its {@code StreamProvider}. Unset, Jakarta Mail
     * (2.1) looks the provider up with a {@link java.util.ServiceLoader} every time it encodes or
     * decodes a header or a body, which in the service's jar means reading jar entries: about 5% of
     * notification-service's CPU at 200 reports/s (jakartaee/mail-api#861). Named, it is one class
     * loaded by name.
     */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    /** Angus Mail's provider, the one the service's Jakarta Mail implementation declares. */
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private final JavaMailSender mail;
    private final String from;

    public EmailChannel(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        }
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Notification n, Recipient recipient) throws DeliveryException {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(recipient.email());
            helper.setSubject(n.title());
            helper.setText(n.body());
            message.setHeader("X-Fengqiao-Notification", n.id());
            message.setHeader("X-Fengqiao-Urgency", n.urgency().name());
            if (n.subjectId() != null) {
                message.setHeader("X-Fengqiao-Subject", n.subjectId());
            }
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new DeliveryException("SMTP refused or unreachable: " + e.getMessage(), e);
        }
    }
}
