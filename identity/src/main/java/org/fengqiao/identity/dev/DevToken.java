package org.fengqiao.identity.dev;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A development token as JSON, shaped like the token endpoint's answer. */
public record DevToken(@JsonProperty("access_token") String accessToken,
                       @JsonProperty("token_type") String tokenType,
                       @JsonProperty("expires_in") long expiresIn) {
}
