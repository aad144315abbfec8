package org.fengqiao.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Small helpers around local TCP ports. Everything here binds to the loopback address only. */
public final class Ports {

    /** The only address the stack listens on. */
    public static final String LOOPBACK = "127.0.0.1";

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private Ports() {
    }

    /**
     * A currently free port on 127.0.0.1. Ports handed out by this JVM are not handed out twice, so
     * several calls in a row give distinct ports even before anything binds them.
     */
    public static synchronized int freePort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0));
                int port = socket.getLocalPort();
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new LocalStackException("Could not find a free port on " + LOOPBACK, e);
            }
        }
        throw new LocalStackException("Could not find a free port on " + LOOPBACK);
    }

    /** Whether nothing listens on {@code port} on 127.0.0.1 (checked by binding it briefly). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws a {@link LocalStackException} naming {@code what} if {@code port} is already in use. */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new LocalStackException("Port " + port + " (" + what + ") on " + LOOPBACK
                    + " is already in use. Is another local stack (or a service) still running? "
                    + "Stop it, or pass other ports (see --help).");
        }
    }
}
