package org.fengqiao.events.access;

/**
 * The claims of an access token (a JWT signed by the identity provider) that the platform reads.
 * Besides these, the standard {@code iss} (the configured issuer), {@code aud} (must contain the
 * platform's audience, {@value #PLATFORM_AUDIENCE} unless configured otherwise), {@code exp},
 * {@code nbf} and {@code iat} are checked.
 */
public final class TokenClaims {

    /** The acting person's id (e.g. {@code CO-02}, {@code IV-0007}, {@code PT-01-M01}, a resident's {@code citizenRef}), or the client id of an outside system. */
    public static final String SUBJECT = "sub";
    /** The {@link PersonKind}. */
    public static final String KIND = "kind";
    /** The person's {@link Role}s, a list of names. */
    public static final String ROLES = "roles";
    /** The grid cells the person works in (community officers, information investigators), a list of ids. */
    public static final String GRID_CELLS = "grid_cells";
    /** The patrol team of a patrol leader or member. */
    public static final String TEAM = "team";
    /** The government department of a department liaison. */
    public static final String DEPARTMENT = "department";
    /** The person's display name (made up in the demo data). */
    public static final String NAME = "name";
    /** The client the token was issued to (the officer app, the residents' app, an outside system). */
    public static final String CLIENT_ID = "client_id";
    /** The granted scopes, a list (or a space-separated string) of {@link Scopes}. */
    public static final String SCOPE = "scope";

    /** The audience every platform token carries. */
    public static final String PLATFORM_AUDIENCE = "fengqiao-api";

    private TokenClaims() {
    }
}
