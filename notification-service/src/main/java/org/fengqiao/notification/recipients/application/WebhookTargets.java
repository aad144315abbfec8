package org.fengqiao.notification.recipients.application;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where notification-service may POST: a webhook URL must be {@code https} (plain {@code http}
 * only when a deployment allows it, e.g. the local stack), and its host must not resolve to an
 * address inside the platform's own network (loopback, link-local such as the cloud metadata
 * address 169.254.169.254, private, unique-local, multicast, unspecified), unless an operator
 * allow-listed that host. Checked when a recipient is saved and again before every delivery,
 * because a name can be made to resolve elsewhere later.
 */
public final class WebhookTargets {

    /** Why a target was refused, for the problem's detail and the delivery log. */
    public static final class RefusedTarget extends Exception {
        public RefusedTarget(String message) {
            super(message);
        }
    }

    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public WebhookTargets(boolean allowHttp, List<String> allowedHosts) {
        this(allowHttp, allowedHosts, InetAddress::getAllByName);
    }

    public WebhookTargets(boolean allowHttp, List<String> allowedHosts, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowedHosts = allowedHosts == null ? Set.of()
                : allowedHosts.stream().map(host -> host.trim().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** @return the URL, parsed, when notification-service may send to it */
    public URI check(String url) throws RefusedTarget {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new RefusedTarget("not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new RefusedTarget(allowHttp ? "an http or https URL" : "an https URL (plain http is not allowed here)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTarget("a URL without user name or password");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new RefusedTarget("a URL with a host name");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new RefusedTarget("the host " + bare + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new RefusedTarget("the host " + bare + " resolves to " + address.getHostAddress()
                        + ", an address inside the platform's network; an operator may allow-list the host");
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses; ::ffff:a.b.c.d mapped addresses are checked as IPv4 by the JDK already
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 100.64.0.0/10 shared address space (carrier-grade NAT), 0.0.0.0/8 "this network", 192.0.0.0/24 protocol assignments
        return (first == 100 && second >= 64 && second <= 127) || first == 0 || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0);
    }
}
