package org.fengqiao.patrol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Patrols, "three links, four preventions": the volunteer joint patrol teams the station works
 * with and the grid blocks contracted to each of them.
 */
@SpringBootApplication
public class PatrolServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PatrolServiceApplication.class, args);
    }
}
