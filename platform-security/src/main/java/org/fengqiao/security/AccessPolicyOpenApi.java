package org.fengqiao.security;

import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;

/**
 * Writes the role matrix into the service's OpenAPI document: the sign-in (OAuth2 authorization
 * code with PKCE at the identity provider, or a bearer token) as security schemes, a security
 * requirement on every operation (an empty one on the public ones), who may call it in its
 * description, and the 401/403 answers.
 */
public final class AccessPolicyOpenApi implements OpenApiCustomizer {

    public static final String OAUTH2 = "oauth2";
    public static final String BEARER = "bearer";

    private final AccessPolicy policy;
    private final SecurityProperties properties;

    public AccessPolicyOpenApi(AccessPolicy policy, SecurityProperties properties) {
        this.policy = policy;
        this.properties = properties;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        components.addSecuritySchemes(OAUTH2, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Sign in at the identity provider (authorization code with PKCE)")
                .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                        .authorizationUrl(properties.issuerUri() + "/oauth2/authorize")
                        .tokenUrl(properties.issuerUri() + "/oauth2/token")
                        .scopes(new Scopes().addString("openid", "who you are").addString("profile", "your name and roles")))));
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the identity provider"));
        openApi.setComponents(components);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(HttpMethod.valueOf(method.name()), path, operation)));
    }

    private void describe(HttpMethod method, String path, Operation operation) {
        AccessRule rule = policy.ruleFor(method, path).orElse(null);
        if (rule != null && rule.isPublic()) {
            operation.setSecurity(List.of());
            return;
        }
        operation.setSecurity(List.of(new SecurityRequirement().addList(OAUTH2), new SecurityRequirement().addList(BEARER)));
        String who = rule == null ? "Nobody: this operation has no rule in the role matrix." : who(rule);
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.computeIfAbsent("401", code -> problem("No valid access token"));
        responses.computeIfAbsent("403", code -> problem("The caller's roles or scopes do not allow this"));
        operation.setResponses(responses);
    }

    /** "**Who may:** COMMUNITY_OFFICER; systems with scope disputes.read. **Only when:** ..." */
    public static String who(AccessRule rule) {
        StringBuilder text = new StringBuilder("**Who may:** ");
        if (!rule.roles().isEmpty()) {
            text.append(rule.roles().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        if (!rule.scopes().isEmpty()) {
            text.append(rule.roles().isEmpty() ? "" : "; ").append("systems with scope ").append(String.join(" or ", rule.scopes()));
        }
        text.append('.');
        if (rule.provided() != null) {
            text.append(" **Only when:** ").append(rule.provided()).append('.');
        }
        return text.toString();
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType()));
    }
}
