package org.fengqiao.identity.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an app and a browser do to sign a person in: the authorization code flow with PKCE (S256)
 * over real HTTP, one step at a time, through the provider's own sign-in form.
 */
public final class SignInFlow {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final String identityUrl;
    private final Http browser = new Http();
    private final String clientId;
    private final String redirectUri;
    private final String verifier;
    private final String state = UUID.randomUUID().toString();

    public SignInFlow(RunningIdentity identity, String clientId, String redirectUri) {
        this(identity.baseUrl(), clientId, redirectUri);
    }

    /** A flow against a provider running elsewhere (e.g. the local stack's, in the system tests). */
    public SignInFlow(String identityUrl, String clientId, String redirectUri) {
        this.identityUrl = identityUrl;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** A flow through one of the apps, with the app's one-machine default redirect URI. */
    public static SignInFlow through(RunningIdentity identity, String clientId) {
        String redirectUri = switch (clientId) {
            case "ops-console" -> "http://localhost:8080/ops/login/oauth2/code/ops-console";
            case "swagger-ui" -> "http://localhost:8080/swagger-ui/oauth2-redirect.html";
            default -> "http://127.0.0.1:8090/callback";
        };
        return new SignInFlow(identity, clientId, redirectUri);
    }

    /**
     * Opens the app's sign-in, is sent to the form, signs in, and follows the provider's redirects
     * until the browser would leave it: to the app (with a code or an error) or back to the form.
     */
    public Landing signIn(String personId, String password) {
        HttpResponse<String> authorize = browser.get(authorizeUrl(), "Accept", "text/html");
        assertThat(authorize.statusCode()).as("authorize before sign-in: %s", authorize.body()).isEqualTo(302);
        URI loginPage = Http.location(authorize);
        assertThat(loginPage.getPath()).isEqualTo("/login");

        HttpResponse<String> form = browser.get(loginPage.toString(), "Accept", "text/html");
        assertThat(form.statusCode()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", personId);
        fields.put("password", password);
        fields.put("_csrf", csrfToken(form.body()));
        HttpResponse<String> signedIn = browser.postForm(identityUrl + "/login", fields, "Accept", "text/html");
        assertThat(signedIn.statusCode()).as("sign-in: %s", signedIn.body()).isEqualTo(302);
        URI next = Http.location(signedIn);
        while (next.toString().startsWith(identityUrl) && !next.getPath().equals("/login")) {
            HttpResponse<String> step = browser.get(next.toString(), "Accept", "text/html");
            assertThat(step.statusCode()).as("%s: %s", next, step.body()).isEqualTo(302);
            next = Http.location(step);
        }
        return new Landing(next, state);
    }

    /** The app's side: exchanges the code and its PKCE verifier for tokens at the token endpoint. */
    public Map<String, Object> exchange(String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", clientId);
        form.put("code_verifier", verifier);
        HttpResponse<String> response = new Http().postForm(identityUrl + "/oauth2/token", form, "Accept", "application/json");
        assertThat(response.statusCode()).as("token endpoint: %s", response.body()).isEqualTo(200);
        return Http.json(response.body());
    }

    /** Signs in, expects a code at the app, and exchanges it: the token endpoint's answer. */
    public Map<String, Object> tokensFor(String personId, String password) {
        Landing landing = signIn(personId, password);
        assertThat(landing.atApp(redirectUri)).as("landed at %s", landing.uri()).isTrue();
        assertThat(landing.parameters()).containsEntry("state", state).containsKey("code");
        return exchange(landing.parameters().get("code"));
    }

    private String authorizeUrl() {
        return identityUrl + "/oauth2/authorize" + "?" + Http.form(Map.of(
                "response_type", "code",
                "client_id", clientId,
                "redirect_uri", redirectUri,
                "scope", "openid profile",
                "state", state,
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csrfToken(String loginPage) {
        Matcher input = CSRF_INPUT.matcher(loginPage);
        assertThat(input.find()).as("a CSRF field in the sign-in form").isTrue();
        Matcher value = VALUE.matcher(input.group());
        assertThat(value.find()).isTrue();
        return value.group(1);
    }

    /** Where the browser was sent when it left the provider (or was sent back to the sign-in form). */
    public record Landing(URI uri, String state) {

        public boolean atApp(String redirectUri) {
            return uri.toString().startsWith(redirectUri + "?");
        }

        public boolean backAtSignInForm() {
            return uri.getPath().equals("/login");
        }

        public Map<String, String> parameters() {
            return Http.query(uri);
        }
    }
}
