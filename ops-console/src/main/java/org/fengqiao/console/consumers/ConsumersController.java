package org.fengqiao.console.consumers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each consumer group's lag per partition, its members, and whether it is stalled. */
@Controller
class ConsumersController {

    private final ConsumerGroups groups;

    ConsumersController(ConsumerGroups groups) {
        this.groups = groups;
    }

    @GetMapping("/consumers")
    String consumers(Model model) {
        try {
            model.addAttribute("groups", groups.groups());
        } catch (IllegalStateException e) {
            model.addAttribute("groups", java.util.List.of());
            model.addAttribute("problem", e.getMessage());
        }
        return "consumers";
    }
}
