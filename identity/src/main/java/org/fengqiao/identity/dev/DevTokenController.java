package org.fengqiao.identity.dev;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fengqiao.identity.clients.model.PlatformClient.App;
import org.fengqiao.identity.clients.model.PlatformClients;
import org.fengqiao.identity.people.model.People;
import org.fengqiao.identity.people.model.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/tokens/{personId}}: an access token for a made-up person, with no password and no
 * browser, so that scripts, system tests and curl can call the services on one machine. Exists only
 * under the Spring profile {@code local}; without it the path answers 404 like any unknown one. It
 * obeys the apps' rules: a resident gets a token of the residents' app, everybody else one of the
 * officers' app, unless {@code client} names another app that admits them.
 *
 * <p>Answers the token as {@code text/plain} ({@code TOKEN=$(curl -X POST ...)}), or as JSON shaped
 * like the token endpoint's answer when asked for {@code application/json}.
 */
@Profile("local")
@RestController
class DevTokenController {

    static final URI NOT_FOUND = URI.create("urn:fengqiao:problem:not-found");
    static final URI VALIDATION_FAILED = URI.create("urn:fengqiao:problem:validation-failed");

    private static final Logger log = LoggerFactory.getLogger(DevTokenController.class);

    private final People people;
    private final RegisteredClientRepository clients;
    private final DevTokens tokens;

    DevTokenController(People people, RegisteredClientRepository clients, DevTokens tokens) {
        this.people = people;
        this.clients = clients;
        this.tokens = tokens;
        log.warn("Development tokens are ON (profile 'local'): POST /dev/tokens/{personId} gives anybody a token "
                + "for any made-up person. Never run a shared or production deployment with this profile.");
    }

    @PostMapping("/dev/tokens/{personId}")
    ResponseEntity<?> mint(@PathVariable String personId, @RequestParam(required = false) String client,
                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Person person = people.find(personId).orElse(null);
        if (person == null) {
            return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", "No made-up person " + personId + ".", null);
        }
        App app = client == null ? PlatformClients.usualAppFor(person) : PlatformClients.app(client).orElse(null);
        if (app == null) {
            return problem(HttpStatus.BAD_REQUEST, VALIDATION_FAILED, "Validation failed",
                    client + " is not an app people sign in through.", "client");
        }
        if (!app.admits().admits(person)) {
            return problem(HttpStatus.BAD_REQUEST, VALIDATION_FAILED, "Validation failed",
                    app.id() + " signs in " + app.admits().inWords() + "; " + person.id() + " is " + person.kind() + ".", "client");
        }
        RegisteredClient registered = clients.findByClientId(app.id());
        DevToken token = tokens.mint(person, registered);
        if (wantsJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(token);
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(token.accessToken());
    }

    /** JSON only when asked for by name and preferred to plain text; a browser or curl's any type gets text. */
    static boolean wantsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (IllegalArgumentException e) {
            return false;
        }
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.TEXT_PLAIN)) {
                return false;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
