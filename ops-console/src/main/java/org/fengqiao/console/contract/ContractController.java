package org.fengqiao.console.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.events.AsyncApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public contract as outside subscribers read it: the AsyncAPI document's channels (the topics
 * with their keys, the dead-letter topics) and their messages, from the same document the gateway
 * serves at {@code /asyncapi.json}.
 */
@Controller
class ContractController {

    /** One channel and its messages' names and summaries. */
    record Channel(String id, String address, String description, List<String[]> messages) {
    }

    private final JsonNode document;

    ContractController() {
        try (InputStream in = AsyncApi.class.getResourceAsStream(AsyncApi.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(AsyncApi.RESOURCE + " is missing from platform-events");
            }
            this.document = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/contract")
    String contract(Model model) {
        List<Channel> channels = new ArrayList<>();
        JsonNode messages = document.path("components").path("messages");
        document.path("channels").properties().forEach(entry -> {
            JsonNode channel = entry.getValue();
            List<String[]> shown = new ArrayList<>();
            channel.path("messages").properties().forEach(message -> {
                String name = message.getKey();
                shown.add(new String[] {name, messages.path(name).path("summary").asString("")});
            });
            channels.add(new Channel(entry.getKey(), channel.path("address").asString(""), channel.path("description").asString(""), shown));
        });
        model.addAttribute("title", document.path("info").path("title").asString(""));
        model.addAttribute("version", document.path("info").path("version").asString(""));
        model.addAttribute("asyncapi", document.path("asyncapi").asString(""));
        model.addAttribute("description", document.path("info").path("description").asString(""));
        model.addAttribute("channels", channels);
        return "contract";
    }
}
