package org.fengqiao.dispute;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Layered dispute resolution ("the cabbage method"): from a grid worker's report to its outcome. */
@SpringBootApplication
public class DisputeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisputeServiceApplication.class, args);
    }
}
