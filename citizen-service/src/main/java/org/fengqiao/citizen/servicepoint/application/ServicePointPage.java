package org.fengqiao.citizen.servicepoint.application;

import java.util.List;

import org.fengqiao.citizen.servicepoint.model.ServicePoint;

/** One page of service points, by name. */
public record ServicePointPage(List<ServicePoint> items, int page, int size, long totalItems) {
}
