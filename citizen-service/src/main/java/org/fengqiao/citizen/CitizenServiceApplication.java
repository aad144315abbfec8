package org.fengqiao.citizen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Citizen services, "three people, three hearts, three initiatives": the places where residents
 * are served ("three rooms, two points, one centre") and what each of them offers.
 */
@SpringBootApplication
public class CitizenServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CitizenServiceApplication.class, args);
    }
}
