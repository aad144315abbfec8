package org.fengqiao.citizen.servicepoint.application;

import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.events.citizen.ServicePointType;

/** Optional criteria for listing service points; a null field does not filter. */
public record ServicePointFilter(ServicePointType type, OfferedService service) {
}
