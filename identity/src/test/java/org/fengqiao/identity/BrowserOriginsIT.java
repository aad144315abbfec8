package org.fengqiao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.fengqiao.identity.support.RunningIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway's Swagger UI exchanges its code for a token from the browser; other sites may not. */
class BrowserOriginsIT {

    @TempDir
    static Path dataDir;
    static RunningIdentity identity;

    @BeforeAll
    static void start() {
        identity = RunningIdentity.on(dataDir).set("identity.cors.allowed-origins", "http://gateway.test:8080").start();
    }

    @AfterAll
    static void stop() {
        identity.close();
    }

    private static HttpResponse<String> preflight(String origin) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(identity.url("/oauth2/token")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_configured_origin_may_call_the_token_endpoint_and_another_may_not() throws Exception {
        HttpResponse<String> allowed = preflight("http://gateway.test:8080");
        HttpResponse<String> refused = preflight("https://evil.example");

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://gateway.test:8080");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
