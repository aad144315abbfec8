package org.fengqiao.notification.recipients.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    /** A made-up DNS: names resolve to what the map says, anything else does not resolve. */
    private static WebhookTargets.Resolver dns(Map<String, String> names) {
        return host -> {
            String address = names.getOrDefault(host, host.matches("[0-9.]+|[0-9a-fA-F:]+") ? host : null);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        };
    }

    private final WebhookTargets strict = new WebhookTargets(false, List.of(),
            dns(Map.of("robot.chat.example", "203.0.113.10", "intranet.station.example", "10.20.0.7", "sneaky.example", "192.168.8.8")));

    @Test
    void a_public_https_target_is_accepted() throws Exception {
        assertThat(strict.check("https://robot.chat.example/hook/pt-03").getHost()).isEqualTo("robot.chat.example");
    }

    @Test
    void loopback_link_local_metadata_and_private_targets_are_refused_whether_named_or_literal() {
        for (String url : List.of("https://127.0.0.1/hook", "https://[::1]/hook", "https://169.254.169.254/latest/meta-data",
                "https://10.0.0.5/hook", "https://172.16.4.4/hook", "https://192.168.1.1/hook", "https://[fd00::1]/hook",
                "https://[fe80::1]/hook", "https://0.0.0.0/hook", "https://100.64.1.1/hook",
                "https://intranet.station.example/hook", "https://sneaky.example/hook")) {
            assertThatThrownBy(() -> strict.check(url)).as(url).isInstanceOf(WebhookTargets.RefusedTarget.class)
                    .hasMessageContaining("inside the platform's network");
        }
    }

    @Test
    void plain_http_credentials_in_the_url_and_names_that_do_not_resolve_are_refused() {
        assertThatThrownBy(() -> strict.check("http://robot.chat.example/hook")).hasMessageContaining("https");
        assertThatThrownBy(() -> strict.check("ftp://robot.chat.example/hook")).hasMessageContaining("https");
        assertThatThrownBy(() -> strict.check("https://user:pw@robot.chat.example/hook")).hasMessageContaining("user name");
        assertThatThrownBy(() -> strict.check("https://nowhere.example/hook")).hasMessageContaining("does not resolve");
        assertThatThrownBy(() -> strict.check("not a url")).isInstanceOf(WebhookTargets.RefusedTarget.class);
    }

    @Test
    void an_allow_listed_host_and_http_where_allowed_pass() throws Exception {
        WebhookTargets local = new WebhookTargets(true, List.of("127.0.0.1", "Intranet.Station.Example"), dns(Map.of()));

        assertThat(local.check("http://127.0.0.1:8099/robot").getPort()).isEqualTo(8099);
        assertThat(local.check("https://intranet.station.example/hook").getHost()).isEqualTo("intranet.station.example");
        assertThatThrownBy(() -> local.check("http://[::1]:8099/robot")).hasMessageContaining("inside the platform's network");
    }

    @Test
    void a_name_that_resolves_elsewhere_later_is_refused_at_that_later_check() throws Exception {
        String[] answer = {"203.0.113.10"};
        WebhookTargets targets = new WebhookTargets(false, List.of(), host -> new InetAddress[] {InetAddress.getByName(answer[0])});
        targets.check("https://robot.chat.example/hook");

        answer[0] = "10.0.0.5";

        assertThatThrownBy(() -> targets.check("https://robot.chat.example/hook")).hasMessageContaining("10.0.0.5");
    }
}
