package org.fengqiao.notification.notification.channels;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.application.ChannelSender;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.model.Recipient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends a notification as a UTF-8 plain-text e-mail through the configured SMTP server. Each
 * sender thread keeps its SMTP connection open and sends its next messages over it, instead of
 * connecting, greeting and quitting for every message; a connection the server closed meanwhile
 * (idle, restarted) is replaced once, at the next message.
 */
public class EmailChannel implements ChannelSender {

    private final JavaMailSender mail;
    private final String from;
    /** Each sender thread's open connection, when the sender is a plain SMTP one. */
    private final ThreadLocal<Transport> connection = new ThreadLocal<>();

    public EmailChannel(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
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
            if (mail instanceof JavaMailSenderImpl smtp) {
                sendOverOpenConnection(smtp, message);
            } else {
                mail.send(message);
            }
        } catch (MessagingException | MailException e) {
            throw new DeliveryException("SMTP refused or unreachable: " + e.getMessage(), e);
        }
    }

    private void sendOverOpenConnection(JavaMailSenderImpl smtp, MimeMessage message) throws MessagingException {
        message.saveChanges();
        Transport open = connection.get();
        if (open != null) {
            try {
                open.sendMessage(message, message.getAllRecipients());
                return;
            } catch (MessagingException closedMeanwhile) {
                // the server may have closed it (idle, restarted): once more, on a new connection
                close(open);
            }
        }
        Transport fresh = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
        // no user name configured (an empty one included) means no authentication, as JavaMailSenderImpl does it
        boolean anonymous = smtp.getUsername() == null || smtp.getUsername().isEmpty();
        fresh.connect(smtp.getHost(), smtp.getPort(), anonymous ? null : smtp.getUsername(), anonymous ? null : smtp.getPassword());
        connection.set(fresh);
        try {
            fresh.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException refused) {
            close(fresh);
            throw refused;
        }
    }

    private void close(Transport transport) {
        connection.remove();
        try {
            transport.close();
        } catch (MessagingException alreadyGone) {
            // nothing to close
        }
    }
}
