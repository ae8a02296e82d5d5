package arbiter.ruling;

/** Who the ruling holds responsible; only a responsible seller can be penalised. */
public enum ResponsibleParty {
    BUYER,
    SELLER,
    NEITHER
}
