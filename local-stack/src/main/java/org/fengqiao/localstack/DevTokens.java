package org.fengqiao.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Access tokens for made-up people from the identity provider's development shortcut
 * ({@code POST /dev/tokens/{personId}}, only under its {@code local} profile), for the demo data
 * the launcher posts and for the system tests.
 */
public final class DevTokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static String fetch(String identityUrl, String personId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(identityUrl + "/dev/tokens/" + personId))
                .timeout(Duration.ofSeconds(15)).header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LocalStackException("No development token for " + personId + " from " + identityUrl + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return response.body().trim();
        } catch (IOException e) {
            throw new LocalStackException("Cannot reach the identity provider at " + identityUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted", e);
        }
    }

    private DevTokens() {
    }
}
