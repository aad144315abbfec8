package org.fengqiao.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform's OpenID Connect provider: signs in the people of the directories and the residents
 * through the client apps, and outside systems by client credentials, and issues the access tokens
 * of the token contract ({@link org.fengqiao.events.access.TokenClaims}) that the gateway and every
 * service check.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
