package arbiter.intake;

import arbiter.dispute.DisputeStatus;

/** What the platform gets back for a submission: where the case is and what it is called. */
public record DisputeReceipt(long id, String caseNo, DisputeStatus status) {
}
