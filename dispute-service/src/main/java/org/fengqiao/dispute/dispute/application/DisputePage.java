package org.fengqiao.dispute.dispute.application;

import java.util.List;

import org.fengqiao.dispute.dispute.model.Dispute;

/** One page of disputes, newest report first. */
public record DisputePage(List<Dispute> items, int page, int size, long totalItems) {
}
