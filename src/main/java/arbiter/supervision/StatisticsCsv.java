package arbiter.supervision;

import arbiter.ruling.RulingOutcome;

/** A statistics report as CSV: everyone first, then one row per arbitrator; times in seconds, money in fen. */
final class StatisticsCsv {

    static final String HEADER = "arbitrator,rulings,median_seconds_to_ruling,sla_met,sla_met_percent,"
            + "refunds_fen,full_refund,partial_refund,rejected,overturned,overturn_percent,qa_reviewed,qa_agreed,"
            + "qa_agreement_percent,departures\r\n";

    private StatisticsCsv() {
    }

    static String of(Statistics.Report report) {
        StringBuilder csv = new StringBuilder(HEADER);
        row(csv, report.overall());
        report.arbitrators().forEach(figures -> row(csv, figures));
        return csv.toString();
    }

    private static void row(StringBuilder csv, Statistics.Figures f) {
        csv.append(f.arbitrator() == null ? "*" : AuditCsv.cell(f.arbitrator())).append(',')
                .append(f.rulings()).append(',')
                .append(f.medianToRuling() == null ? "" : Long.toString(f.medianToRuling().toSeconds())).append(',')
                .append(f.slaMet()).append(',').append(f.slaMetPercent()).append(',')
                .append(f.refunds().minor()).append(',')
                .append(f.outcome(RulingOutcome.FULL_REFUND)).append(',')
                .append(f.outcome(RulingOutcome.PARTIAL_REFUND)).append(',')
                .append(f.outcome(RulingOutcome.REJECTED)).append(',')
                .append(f.overturned()).append(',').append(f.overturnPercent()).append(',')
                .append(f.qaReviewed()).append(',').append(f.qaAgreed()).append(',').append(f.qaAgreementPercent())
                .append(',').append(f.departures()).append("\r\n");
    }
}
