package org.fengqiao.dispute.dispute.web;

import java.util.List;

/** One page of a list. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageView<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
