package org.fengqiao.console.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;
import org.fengqiao.console.config.ConsoleProperties;
import org.fengqiao.console.consumers.ConsumerGroups;
import org.fengqiao.console.flow.FlowReader;
import org.fengqiao.console.flow.RecordSummary;
import org.fengqiao.console.platform.TopicRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow a case: every record of one flow across the four topics, in time order, from the case
 * index (never a scan of a topic), with the consumer groups that have handled each record (their
 * committed offset is past it), the time since the flow's first record, and a link to the trace.
 */
@Controller
class CaseController {

    private final CaseIndex index;
    private final ConsumerGroups groups;
    private final TopicRecords records;
    private final FlowReader reader;
    private final ConsoleProperties properties;

    CaseController(CaseIndex index, ConsumerGroups groups, TopicRecords records, FlowReader reader, ConsoleProperties properties) {
        this.index = index;
        this.groups = groups;
        this.records = records;
        this.reader = reader;
        this.properties = properties;
    }

    /** One line of the case: the record, who handled it, and when after the first. */
    record Step(RecordSummary record, List<String> handledBy, long afterMillis, String traceLink) {
    }

    @GetMapping("/cases")
    String follow(@RequestParam(required = false) String key, Model model) {
        String wanted = key == null ? "" : key.trim();
        model.addAttribute("key", wanted);
        if (wanted.isEmpty()) {
            return "cases";
        }
        List<RecordSummary> found = index.find(wanted);
        Map<String, Map<TopicPartition, Long>> committed;
        try {
            committed = groups.committedOffsets();
        } catch (IllegalStateException e) {
            committed = Map.of();
            model.addAttribute("problem", "Which groups handled each record is unknown: " + e.getMessage());
        }
        Instant first = found.isEmpty() ? null : found.get(0).time();
        List<Step> steps = new ArrayList<>();
        Set<String> traces = new LinkedHashSet<>();
        for (RecordSummary record : found) {
            steps.add(new Step(record, handledBy(record, committed), Duration.between(first, record.time()).toMillis(),
                    properties.traceLink(record.traceId())));
            if (record.traceId() != null) {
                traces.add(record.traceId());
            }
        }
        model.addAttribute("steps", steps);
        model.addAttribute("traces", traces.stream().map(trace -> new String[] {trace, properties.traceLink(trace)}).toList());
        return "cases";
    }

    @GetMapping("/cases/record")
    String record(@RequestParam String topic, @RequestParam int partition, @RequestParam long offset, Model model) {
        model.addAttribute("where", topic + " / " + partition + " / " + offset);
        records.at(topic, partition, offset).ifPresent(record -> {
            model.addAttribute("record", record);
            model.addAttribute("writtenAt", Instant.ofEpochMilli(record.timestamp()));
        });
        return "record";
    }

    @PostMapping("/cases/rebuild")
    String rebuild(RedirectAttributes redirect) {
        reader.rebuild();
        redirect.addFlashAttribute("message", "The case index is being read again from the start of every topic.");
        return "redirect:/cases";
    }

    private static List<String> handledBy(RecordSummary record, Map<String, Map<TopicPartition, Long>> committed) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        List<String> handled = new ArrayList<>();
        committed.forEach((group, offsets) -> {
            Long next = offsets.get(partition);
            if (!group.equals(FlowReader.GROUP) && next != null && next > record.offset()) {
                handled.add(group);
            }
        });
        return handled;
    }
}
