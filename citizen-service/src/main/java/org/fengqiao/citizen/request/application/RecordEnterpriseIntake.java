package org.fengqiao.citizen.request.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fengqiao.citizen.request.model.Applicant;
import org.fengqiao.citizen.request.model.EnterpriseIntake;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
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
    private final EnterpriseIntakes intakes;
    private final Clock clock;

    public RecordEnterpriseIntake(OpenServiceRequest open, ProgressServiceRequest progress, ServiceRequests requests, EnterpriseIntakes intakes,
                                  Clock clock) {
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
        List<ServiceRequest> opened = new ArrayList<>();
        for (ServiceRequest.Opening opening : openings) {
            // opened when collected on site, so the batch and its applications count in the same period
            opened.add(requests.save(ServiceRequest.open(UUID.randomUUID().toString(), opening, batch.collectedAt())));
        }
        EnterpriseIntake intake = intakes.save(new EnterpriseIntake(batchId, batch.enterpriseName(), batch.site(), batch.gridCellId(),
                batch.servicePointId(), batch.officerId(), batch.kind(), batch.collectedAt(),
                opened.stream().map(r -> r.snapshot().id()).toList(), now));
        return new Progress(intake, opened);
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
