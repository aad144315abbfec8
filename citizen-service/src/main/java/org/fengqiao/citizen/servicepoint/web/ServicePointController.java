package org.fengqiao.citizen.servicepoint.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.fengqiao.citizen.servicepoint.application.RegisterServicePoint;
import org.fengqiao.citizen.servicepoint.application.ServicePointFilter;
import org.fengqiao.citizen.servicepoint.application.ServicePointPage;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.web.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service points, "three rooms, two points, one centre": register one, read one, list them. A
 * registered point is announced on {@code citizen.events} so that residents' apps and
 * notifications can point people to where their business gets done.
 */
@RestController
@RequestMapping("/api/v1/service-points")
@Tag(name = "Service points", description = "Police rooms, pre-acceptance points, self-service points and service centres")
class ServicePointController {

    private static final String INVALID_EXAMPLE = """
            {"type":"urn:fengqiao:problem:validation-failed","title":"Validation failed","status":400,
             "detail":"roundTheClock: a SELF_SERVICE_POINT is always open round the clock",
             "instance":"/api/v1/service-points","field":"roundTheClock",
             "errors":[{"field":"roundTheClock","message":"a SELF_SERVICE_POINT is always open round the clock"}]}""";

    private final RegisterServicePoint registerServicePoint;
    private final ServicePoints servicePoints;

    ServicePointController(RegisterServicePoint registerServicePoint, ServicePoints servicePoints) {
        this.registerServicePoint = registerServicePoint;
        this.servicePoints = servicePoints;
    }

    @PostMapping
    @Operation(summary = "Register a service point",
            description = "Registers a place where residents are served and what it offers. "
                    + "ServicePointRegistered is published on citizen.events. A SELF_SERVICE_POINT must be "
                    + "open round the clock.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the new service point")
    @ApiResponse(responseCode = "400",
            description = "A field is missing or invalid (e.g. a self-service point not open round the clock)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = INVALID_EXAMPLE)))
    ResponseEntity<ServicePointView> register(@Valid @RequestBody RegisterServicePointRequest request) {
        ServicePoint point = registerServicePoint.register(new RegisterServicePoint.Registration(request.name(),
                request.type(), request.address(), request.roundTheClock(), request.services(), request.openingHours(),
                request.slotCapacity() == null ? 0 : request.slotCapacity()));
        return ResponseEntity.created(URI.create("/api/v1/service-points/" + point.id())).body(ServicePointView.of(point));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one service point")
    @ApiResponse(responseCode = "200", description = "The service point")
    @ApiResponse(responseCode = "404", description = "No such service point",
            content = @Content(mediaType = "application/problem+json"))
    ServicePointView get(@PathVariable String id) {
        return servicePoints.find(id).map(ServicePointView::of)
                .orElseThrow(() -> new NotFoundException("service point", id));
    }

    @GetMapping
    @Operation(summary = "List service points", description = "By name; every filter is optional.")
    @ApiResponse(responseCode = "200", description = "One page of service points")
    @ApiResponse(responseCode = "400", description = "A filter or paging value is invalid",
            content = @Content(mediaType = "application/problem+json"))
    PageView<ServicePointView> list(@Parameter(description = "Only points of this type", example = "PRE_ACCEPTANCE_POINT")
                                    @RequestParam(required = false) ServicePointType type,
                                    @Parameter(description = "Only points offering this service", example = "ID_CARD")
                                    @RequestParam(required = false) OfferedService service,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        ServicePointPage found = servicePoints.search(new ServicePointFilter(type, service), page, size);
        return PageView.of(found.items().stream().map(ServicePointView::of).toList(), found.page(), found.size(),
                found.totalItems());
    }
}
