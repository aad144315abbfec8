package org.fengqiao.notification.notification.model;

import org.fengqiao.events.dispute.DisputeReported;

/**
 * What a community officer reads when a dispute is reported in one of their grid cells, in their
 * language (zh-CN by default, en on request).
 */
public final class DisputeReportedMessage {

    /** A title and a body. */
    public record Text(String title, String body) {
    }

    public static Text render(DisputeReported event, String gridCellName, String language) {
        if ("en".equalsIgnoreCase(language)) {
            return new Text("New dispute in " + gridCellName + " (" + event.gridCellId() + ")",
                    event.category() + ", " + event.peopleInvolved() + " people involved: " + event.description()
                            + " Reported by " + event.reporter().personId() + ".");
        }
        return new Text("网格" + gridCellName + "（" + event.gridCellId() + "）新报矛盾纠纷",
                event.category() + "，涉及" + event.peopleInvolved() + "人：" + event.description()
                        + " 报告人：" + event.reporter().personId() + "。");
    }

    private DisputeReportedMessage() {
    }
}
