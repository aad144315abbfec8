package org.fengqiao.citizen.request.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.citizen.request.model.Applicant;
import org.fengqiao.citizen.request.model.EnterpriseIntake;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.recovery.CrashPoints;
import org.fengqiao.kit.recovery.UnfinishedOperations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Records a batch of applications collected on site at an enterprise: every application is
 * checked before any is stored, then each person gets an ENTERPRISE service request (announced
 * with {@code ServiceRequestOpened}) and the batch lists them; each is then tracked person by
 * person, and a batch step moves every request of the batch that can take it.
 */
@Service
public class RecordEnterpriseIntake {

    /** One batch as collected. */
    public record Batch(String enterpriseName, String site, String gridCellId, String servicePointId, String officerId, ServiceRequestKind kind,
                        Instant collectedAt, List<Applicant> applicants) {
    }

    /** A batch with the state of each person's request. */
    public record Progress(EnterpriseIntake intake, List<ServiceRequest> requests) {
    }

    private final OpenServiceRequest open;
    private final ProgressServiceRequest progress;
    private final ServiceRequests requests;
    static final String BATCH = "enterprise-batch";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RecordEnterpriseIntake.class);

    private final EnterpriseIntakes intakes;
    private final Clock clock;
    private final UnfinishedOperations operations;
    private final CrashPoints crashPoints;
    private final Duration unfinishedAfter;

    public RecordEnterpriseIntake(OpenServiceRequest open, ProgressServiceRequest progress, ServiceRequests requests, EnterpriseIntakes intakes,
                                  Clock clock, UnfinishedOperations operations, CrashPoints crashPoints,
                                  @Value("${citizen.enterprise-intakes.unfinished-after:PT1M}") Duration unfinishedAfter) {
        this.operations = operations;
        this.crashPoints = crashPoints;
        this.unfinishedAfter = unfinishedAfter;
        this.open = open;
        this.progress = progress;
        this.requests = requests;
        this.intakes = intakes;
        this.clock = clock;
    }

    public Progress record(Batch batch) {
        Instant now = clock.instant();
        if (batch.collectedAt().isAfter(now)) {
            throw new InvalidFieldException("collectedAt", "a batch is recorded once collected; " + batch.collectedAt() + " is in the future");
        }
        if (batch.applicants().isEmpty()) {
            throw new InvalidFieldException("applicants", "a batch holds at least one application");
        }
        String batchId = UUID.randomUUID().toString();
        List<ServiceRequest.Opening> openings = new ArrayList<>();
        for (Applicant applicant : batch.applicants()) {
            openings.add(open.check(new ServiceRequest.Opening(batch.kind(), ServiceChannel.ENTERPRISE, applicant, applicant.citizenRef(),
                    ServiceRequest.RequestedBy.SELF, null, batch.servicePointId(), batch.gridCellId(), batchId, null, null, batch.officerId())));
        }
        List<String> requestIds = openings.stream().map(o -> UUID.randomUUID().toString()).toList();
        EnterpriseIntake intake = new EnterpriseIntake(batchId, batch.enterpriseName(), batch.site(), batch.gridCellId(),
                batch.servicePointId(), batch.officerId(), batch.kind(), batch.collectedAt(), requestIds, now);
        // each person's request, then the batch listing them: recorded first (the batch without the
        // applicants' personal data), so that a crash in between is completed by finishInterrupted()
        operations.begin(BATCH, batchId, Map.of("batch", intakeFacts(intake)));
        List<ServiceRequest> opened = new ArrayList<>();
        for (int i = 0; i < openings.size(); i++) {
            // opened when collected on site, so the batch and its applications count in the same period
            opened.add(requests.save(ServiceRequest.open(requestIds.get(i), openings.get(i), batch.collectedAt())));
        }
        crashPoints.reached("enterprise-intake.requests-saved");
        EnterpriseIntake saved = intakes.save(intake);
        operations.finished(BATCH, batchId);
        return new Progress(saved, opened);
    }

    /**
     * Completes the batches a crash interrupted, once older than any request takes
     * ({@code citizen.enterprise-intakes.unfinished-after}, a minute): a batch whose requests were
     * stored without the batch gets it, listing the requests that were stored (its tally counts
     * it then); one that stored nothing leaves nothing. Runs every 30 s.
     */
    @Scheduled(fixedDelayString = "${citizen.enterprise-intakes.unfinished-check-interval:PT30S}",
            initialDelayString = "${citizen.enterprise-intakes.unfinished-check-interval:PT30S}")
    public int finishInterrupted() {
        return operations.finishOlderThan(java.util.Set.of(BATCH), unfinishedAfter, operation -> {
            if (intakes.find(operation.id()).isEmpty()) {
                org.bson.Document facts = operation.facts().get("batch", org.bson.Document.class);
                List<String> stored = facts.getList("requestIds", String.class).stream().filter(id -> requests.find(id).isPresent()).toList();
                if (stored.isEmpty()) {
                    return UnfinishedOperations.Outcome.undone();
                }
                intakes.save(new EnterpriseIntake(operation.id(), facts.getString("enterpriseName"), facts.getString("site"),
                        facts.getString("gridCellId"), facts.getString("servicePointId"), facts.getString("officerId"),
                        ServiceRequestKind.valueOf(facts.getString("kind")), Instant.parse(facts.getString("collectedAt")), stored,
                        clock.instant()));
                log.warn("enterprise batch {} was interrupted before it was stored: stored now with {} requests", operation.id(), stored.size());
            }
            return UnfinishedOperations.Outcome.completed("/api/v1/enterprise-intakes/" + operation.id());
        });
    }

    private static Map<String, Object> intakeFacts(EnterpriseIntake intake) {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("enterpriseName", intake.enterpriseName());
        facts.put("site", intake.site());
        facts.put("gridCellId", intake.gridCellId());
        facts.put("servicePointId", intake.servicePointId());
        facts.put("officerId", intake.officerId());
        facts.put("kind", intake.kind().name());
        facts.put("collectedAt", intake.collectedAt().toString());
        facts.put("requestIds", intake.requestIds());
        return facts;
    }

    public Progress progress(String batchId) {
        EnterpriseIntake intake = intakes.find(batchId).orElseThrow(() -> new NotFoundException("enterprise intake", batchId));
        return new Progress(intake, intake.requestIds().stream().map(progress::find).toList());
    }

    /** Moves every request of the batch that can take the step (SUBMIT, READY, DELIVER); the others stay as they are. */
    public Progress advance(String batchId, ProgressServiceRequest.Step step, String by) {
        Progress current = progress(batchId);
        ServiceRequest.Status from = switch (step) {
            case SUBMIT -> ServiceRequest.Status.COLLECTED;
            case READY -> ServiceRequest.Status.SUBMITTED;
            case DELIVER -> ServiceRequest.Status.READY;
            default -> throw new InvalidFieldException("step", "a batch is moved by SUBMIT, READY or DELIVER, not " + step);
        };
        for (ServiceRequest request : current.requests()) {
            if (request.snapshot().status() == from) {
                progress.step(request.snapshot().id(), step, by, null);
            }
        }
        return progress(batchId);
    }
}
