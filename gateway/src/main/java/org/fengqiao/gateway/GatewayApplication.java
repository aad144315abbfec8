package org.fengqiao.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform's one front door for client apps: it routes each request to the service that owns
 * the path, after checking the access token, the caller's rate and the body's size. It decides
 * nothing about roles; every service checks the token again and decides by its role matrix.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
