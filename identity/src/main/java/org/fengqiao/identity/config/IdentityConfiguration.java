package org.fengqiao.identity.config;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.fengqiao.identity.clients.application.ClientAdmission;
import org.fengqiao.identity.clients.application.ClientRegistrations;
import org.fengqiao.identity.dev.DevTokens;
import org.fengqiao.identity.keys.SigningKeys;
import org.fengqiao.identity.people.application.PasswordSignIn;
import org.fengqiao.identity.people.application.PeopleSeed;
import org.fengqiao.identity.people.model.People;
import org.fengqiao.identity.tokens.ContractClaims;
import org.fengqiao.identity.tokens.ContractTokenCustomizer;
import org.fengqiao.identity.tokens.ContractUserInfo;
import org.fengqiao.identity.tokens.ExpiringAuthorizations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The provider's parts: the people and how they sign in, the clients, the signing keys, the token
 * contract. Everything is in memory except the signing keys (see {@link SigningKeys}): the clients
 * come from code and configuration at every start, and authorizations and codes are lost on
 * restart ({@link ExpiringAuthorizations}); issued tokens are self-contained JWTs and stay valid.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    People people() {
        return PeopleSeed.load();
    }

    /** Hashes with bcrypt and writes the algorithm as a prefix ({@code {bcrypt}...}), so stored hashes can migrate. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordSignIn passwordSignIn(People people, IdentityProperties properties, PasswordEncoder encoder) {
        return new PasswordSignIn(people, properties.people().configuredPassword(), encoder);
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, PasswordEncoder encoder, Environment environment) {
        boolean local = environment.matchesProfiles("local");
        return new InMemoryRegisteredClientRepository(new ClientRegistrations(properties, encoder, local).registrations());
    }

    @Bean
    ClientAdmission clientAdmission(People people) {
        return new ClientAdmission(people);
    }

    @Bean
    OAuth2AuthorizationService authorizations(Clock clock) {
        return new ExpiringAuthorizations(clock);
    }

    /** Never consulted (no app asks for consent); declared so the in-memory choice is visible here. */
    @Bean
    OAuth2AuthorizationConsentService authorizationConsents() {
        return new InMemoryOAuth2AuthorizationConsentService();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    SigningKeys signingKeys(IdentityProperties properties, Clock clock) {
        return SigningKeys.open(Path.of(properties.dataDir()), properties.keys().rotate(), clock);
    }

    /** Every key's public part, for the JWKS endpoint and the userinfo endpoint's token check. */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        List<JWK> published = keys.all().stream().map(RSAKey::toPublicJWK).map(JWK.class::cast).toList();
        return new ImmutableJWKSet<>(new JWKSet(published));
    }

    /** Signs with the newest key only: the flows and the development tokens both sign here. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signing())));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return NimbusJwtDecoder.withJwkSource(jwkSource).build();
    }

    @Bean
    ContractClaims contractClaims(IdentityProperties properties) {
        return new ContractClaims(properties.tokens().audience());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> contractTokenCustomizer(People people, ContractClaims claims) {
        return new ContractTokenCustomizer(people, claims);
    }

    @Bean
    ContractUserInfo contractUserInfo(People people, ContractClaims claims) {
        return new ContractUserInfo(people, claims);
    }

    @Bean
    @Profile("local")
    DevTokens devTokens(JwtEncoder encoder, ContractClaims claims, IdentityProperties properties, Clock clock) {
        return new DevTokens(encoder, claims, properties.issuer(), clock);
    }
}
