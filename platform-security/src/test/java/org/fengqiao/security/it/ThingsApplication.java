package org.fengqiao.security.it;

import static org.springframework.http.HttpMethod.GET;

import org.fengqiao.events.access.Role;
import org.fengqiao.security.AccessPolicy;
import org.fengqiao.security.AccessRule;
import org.fengqiao.security.Caller;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A service of one feature as the platform's services are built: a role matrix and a controller. */
@SpringBootApplication
public class ThingsApplication {

    @Bean
    AccessPolicy thingsAccess() {
        return AccessPolicy.of("things",
                AccessRule.on(GET, "/things/{id}").roles(Role.RESIDENT).always(),
                AccessRule.on(GET, "/things/special").roles(Role.OPERATOR).always());
    }

    @RestController
    static class Things {

        @GetMapping("/things/special")
        String special(Caller caller) {
            return "special for " + caller.id();
        }

        @GetMapping("/things/{id}")
        String one(@PathVariable String id, Caller caller) {
            return id + " for " + caller.id();
        }

        @GetMapping("/unlisted")
        String unlisted() {
            return "nobody should read this";
        }
    }
}
