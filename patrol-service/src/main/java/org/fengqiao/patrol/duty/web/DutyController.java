package org.fengqiao.patrol.duty.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.fengqiao.patrol.duty.application.Duties;
import org.fengqiao.patrol.duty.model.OrderMaintenanceDuty;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Order-maintenance duties at risky dispute sites. */
@RestController
@Validated
@Tag(name = "Order-maintenance duty", description = "Duties at dispute sites with a HIGH or CRITICAL risk of a mass incident")
class DutyController {

    record DutyView(String id, String disputeId, String teamId, String gridBlockId, String gridCellId, String site, String riskLevel,
                    OrderMaintenanceDuty.Status status, Instant assignedAt, Instant liftedAt, String liftReason) {
        static DutyView of(OrderMaintenanceDuty duty) {
            OrderMaintenanceDuty.Snapshot s = duty.snapshot();
            return new DutyView(s.id(), s.disputeId(), s.teamId(), s.gridBlockId(), s.gridCellId(), s.site(), s.riskLevel(), s.status(),
                    s.assignedAt(), s.liftedAt(), s.liftReason());
        }
    }

    private final Duties duties;

    DutyController(Duties duties) {
        this.duties = duties;
    }

    @GetMapping("/api/v1/duties")
    @Operation(summary = "Order-maintenance duties, newest first", description = "Every filter is optional.")
    List<DutyView> duties(@RequestParam(required = false) String teamId, @RequestParam(required = false) OrderMaintenanceDuty.Status status,
                          @RequestParam(required = false) String disputeId,
                          @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return duties.search(teamId, status, disputeId, limit).stream().map(DutyView::of).toList();
    }
}
