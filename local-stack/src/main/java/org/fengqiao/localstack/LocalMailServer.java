package org.fengqiao.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server (GreenMail) in-process on 127.0.0.1, so the notification service's e-mail channel
 * has a real counterpart on the local stack. It accepts every message and keeps it in memory; the
 * notification service's API shows each e-mail notification and its delivery status.
 */
public final class LocalMailServer implements AutoCloseable {

    public static final int DEFAULT_PORT = 3025;

    private final int port;
    private GreenMail server;

    public LocalMailServer(int port) {
        this.port = port;
    }

    public synchronized LocalMailServer start() {
        if (server == null) {
            GreenMail greenMail = new GreenMail(new ServerSetup(port, Ports.LOOPBACK, ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            server = greenMail;
        }
        return this;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public int port() {
        return port;
    }

    /** How many e-mails it has accepted since it started. */
    public synchronized int received() {
        return server == null ? 0 : server.getReceivedMessages().length;
    }

    /** The subjects of the e-mails accepted for {@code address}, oldest first. */
    public synchronized java.util.List<String> subjectsTo(String address) {
        java.util.List<String> subjects = new java.util.ArrayList<>();
        if (server == null) {
            return subjects;
        }
        for (jakarta.mail.internet.MimeMessage message : server.getReceivedMessages()) {
            try {
                jakarta.mail.Address[] to = message.getAllRecipients();
                if (to != null && java.util.Arrays.stream(to).anyMatch(a -> a.toString().contains(address))) {
                    subjects.add(message.getSubject());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException("cannot read a received e-mail", e);
            }
        }
        return subjects;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
