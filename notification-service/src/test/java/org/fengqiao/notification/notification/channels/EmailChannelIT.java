package org.fengqiao.notification.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.application.ChannelSender;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.model.Recipient;
import org.fengqiao.notification.rules.model.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail over a real SMTP server (GreenMail): messages in a row arrive, and the next one after the server restarts or comes back. */
class EmailChannelIT {

    private final int port = freePort();
    private GreenMail smtp = started();
    private final EmailChannel channel = new EmailChannel(sender(), "notify@station.example");

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void messages_in_a_row_all_arrive_and_after_the_smtp_server_restarts_the_next_one_does_too() throws Exception {
        for (int i = 1; i <= 3; i++) {
            channel.send(notification("n-" + i), officer());
        }
        assertThat(smtp.waitForIncomingEmail(5_000, 3)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(EmailChannelIT::notificationId)).containsExactly("n-1", "n-2", "n-3");

        // the server goes away and comes back: the connection the sender held is gone
        smtp.stop();
        smtp = started();
        channel.send(notification("n-4"), officer());

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(EmailChannelIT::notificationId)).containsExactly("n-4");
    }

    @Test
    void with_no_smtp_server_the_attempt_fails_as_a_delivery_failure_and_the_next_one_gets_through_once_it_is_back() throws Exception {
        channel.send(notification("n-1"), officer());
        smtp.stop();

        assertThatThrownBy(() -> channel.send(notification("n-2"), officer())).isInstanceOf(ChannelSender.DeliveryException.class)
                .hasMessageContaining("SMTP");

        smtp = started();
        channel.send(notification("n-3"), officer());
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(EmailChannelIT::notificationId)).containsExactly("n-3");
    }

    @Test
    void a_subject_and_body_in_chinese_arrive_as_written_with_the_mail_stream_provider_named_once() throws Exception {
        channel.send(Notification.create("n-zh", null, "CO-02", Channel.EMAIL, Urgency.URGENT, "dispute-reported",
                "新纠纷：GC-103 工资拖欠", "约四十名工人称三个月工资未付。", "dispute-1", "event-n-zh", "DisputeReported",
                Instant.now(), Instant.now()), officer());

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("新纠纷：GC-103 工资拖欠");
        assertThat(String.valueOf(received.getContent()).trim()).isEqualTo("约四十名工人称三个月工资未付。");
        // found by name, not by a class-path scan on every header
        assertThat(System.getProperty(EmailChannel.STREAM_PROVIDER_PROPERTY)).isEqualTo(EmailChannel.ANGUS_STREAM_PROVIDER);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(EmailChannel.ANGUS_STREAM_PROVIDER);
    }

    private GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        // as the service configures it when no SMTP user is set: empty, not absent
        sender.setUsername("");
        sender.setPassword("");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "3000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }

    private static Recipient officer() {
        return new Recipient("CO-02", "Community officer of grid cell 2", Recipient.Kind.PERSON, null, "co-02@station.example", null,
                Recipient.Preferences.NONE);
    }

    private static Notification notification(String id) {
        Instant now = Instant.now();
        return Notification.create(id, null, "CO-02", Channel.EMAIL, Urgency.ROUTINE, "dispute-reported", "New dispute",
                "Wages unpaid at the workshop", "dispute-1", "event-" + id, "DisputeReported", now, now);
    }

    private static String notificationId(MimeMessage message) {
        try {
            return message.getHeader("X-Fengqiao-Notification")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
