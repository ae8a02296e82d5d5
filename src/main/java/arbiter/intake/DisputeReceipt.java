package arbiter.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import arbiter.dispute.DisputeStatus;

/**
 * What the platform gets back for a submission or a withdrawal (DESIGN "Intake API": "{id, caseNo, status}"): where
 * the case is and what it is called.
 */
@Schema(name = "DisputeReceipt", description = "Where the case is and what it is called", requiredProperties = {
        "id", "caseNo", "status" })
public record DisputeReceipt(
        @Schema(description = "Arbiter's id of the case, for GET /api/v1/disputes/{id}") long id,
        @Schema(description = "The case number staff and sellers see", pattern = "^AR-[0-9]{4}-[0-9]{7}$") String caseNo,
        @Schema(description = "The case's status now") DisputeStatus status) {
}
