package org.fengqiao.citizen.lostfound.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fengqiao.citizen.lostfound.application.LostAndFound;
import org.fengqiao.citizen.lostfound.application.LostItems;
import org.fengqiao.citizen.lostfound.model.LostItem;
import org.fengqiao.events.citizen.LostItemKind;
import org.fengqiao.citizen.resident.application.ResidentAccess;
import org.fengqiao.security.Caller;
import org.fengqiao.kit.validation.References;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lost and found: handovers, owners identified and told, returns; unclaimed items disposed of after the keeping time. */
@RestController
@Validated
@Tag(name = "Lost and found", description = "Items handed over to the station, their owners told, returned or disposed of with a record")
class LostItemController {

    record ItemRequest(@NotNull LostItemKind kind, @Schema(example = "Blue canvas bag with a student card inside") @NotBlank @Size(max = 500)
                       String description,
                       @Schema(description = "the owner's reference, when a document in the item names them", example = "CZ-41207") @Size(max = 64)
                       @Pattern(regexp = References.PATTERN, message = References.MESSAGE) String ownerRef) {
    }

    record HandoverRequest(@Schema(example = "Riverside Library duty desk") @NotBlank @Size(max = 200) String handedOverBy,
                           @Schema(description = "where the items are kept", example = "PR-01") @NotBlank @Size(max = 64) String servicePointId,
                           @NotEmpty @Size(max = 200) List<@NotNull @Valid ItemRequest> items) {
    }

    record OwnerRequest(@NotBlank @Size(max = 64) @Pattern(regexp = References.PATTERN, message = References.MESSAGE) String ownerRef) {
    }

    record ReturnRequest(@Schema(description = "who collected it; needed when the owner was not known") @Size(max = 64)
                         @Pattern(regexp = References.PATTERN, message = References.MESSAGE) String ownerRef,
                         @Schema(description = "Deprecated: the signed-in person hands it back; if given, it must be them.",
                                 example = "PO-02", deprecated = true) @Size(max = 64) String by) {
    }

    private final LostAndFound lostAndFound;
    private final LostItems items;

    LostItemController(LostAndFound lostAndFound, LostItems items) {
        this.lostAndFound = lostAndFound;
        this.items = items;
    }

    @PostMapping("/api/v1/lost-items/handovers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Receive a handover of lost items", description = "Each item whose owner is known publishes LostItemAwaitingOwner: "
            + "the owner hears where to collect it and until when.")
    List<LostItem.Snapshot> handover(@Valid @RequestBody HandoverRequest r) {
        return lostAndFound.receive(r.handedOverBy(), r.servicePointId(),
                r.items().stream().map(i -> new LostAndFound.Handed(i.kind(), i.description(), i.ownerRef())).toList())
                .stream().map(LostItem::snapshot).toList();
    }

    @GetMapping("/api/v1/lost-items")
    @Operation(summary = "Lost items, newest first; filters optional")
    List<LostItem.Snapshot> search(@RequestParam(required = false) LostItem.Status status, @RequestParam(required = false) String handoverId,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return items.search(status, handoverId, limit).stream().map(LostItem::snapshot).toList();
    }

    @GetMapping("/api/v1/lost-items/{id}")
    @Operation(summary = "One lost item")
    LostItem.Snapshot get(@PathVariable String id, Caller caller) {
        LostItem.Snapshot item = lostAndFound.find(id).snapshot();
        ResidentAccess.requireOwn(caller, item.ownerRef(), null);
        return item;
    }

    @PostMapping("/api/v1/lost-items/{id}/owner")
    @Operation(summary = "The owner is identified; they are told (LostItemAwaitingOwner)")
    LostItem.Snapshot owner(@PathVariable String id, @Valid @RequestBody OwnerRequest r) {
        return lostAndFound.identifyOwner(id, r.ownerRef()).snapshot();
    }

    @PostMapping("/api/v1/lost-items/{id}/return")
    @Operation(summary = "Returned to its owner (LostItemReturned)")
    LostItem.Snapshot returned(@PathVariable String id, Caller caller, @Valid @RequestBody ReturnRequest r) {
        return lostAndFound.returnTo(id, r.ownerRef(), caller.actingAs(r.by(), "by")).snapshot();
    }
}
