package arbiter.ruling;

/** Delivery of a refund instruction to the payment system. */
public enum RefundState {
    PENDING,
    SENT,
    CONFIRMED,
    FAILED
}
