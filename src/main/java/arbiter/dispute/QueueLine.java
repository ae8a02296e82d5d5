package arbiter.dispute;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import arbiter.web.Bundles;
import arbiter.web.EnumLabels;
import arbiter.web.TemplateExtensions;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * A line of the queue table as one viewer sees it at one moment: every cell's text, worded in the page's
 * language and timed at the request. {@code tags/queueTable} shows {@code {#for line in rows.queueLines}}: the
 * lines of a page are made in one pass here, so that each cell is one plain read in the template rather than a
 * chain of lookups and formatting calls per cell (the queue is the page arbitrators load all day, 50 lines each).
 *
 * @param slaClass the SLA state for styling ({@link SlaTemplateExtensions#slaClass(Instant)})
 * @param age time since escalation, e.g. "3d 4h"
 * @param slaDue the SLA due time as a {@code datetime} attribute holds it (ISO 8601, UTC)
 * @param countdown the SLA clock in words ({@link SlaTemplateExtensions#words(SlaClock, Instant, String)}): time left
 *        until the due time, "-" in front when overdue; "paused · 41h 0m left" while the case waits on a party; how
 *        it ended once ruled, awaiting approval or withdrawn
 * @param assignee the arbitrator holding the case, "—" when nobody does
 * @param flag the "no answer from …" flags of the case, empty for none
 * @param reused the mark of a case holding a photo also in another case, empty for none
 */
public record QueueLine(
        String slaClass,
        long id,
        String caseNo,
        String reason,
        String amount,
        String shopName,
        int shopPoints,
        String age,
        String slaDue,
        String countdown,
        String status,
        String assignee,
        String flag,
        String reused) {

    private static final EnumLabels<DisputeReason> REASONS = new EnumLabels<>(DisputeReason.class,
            (language, reason) -> Bundles.in(DisputeMessages.class, language).reason(reason));
    private static final EnumLabels<Party> NO_ANSWER = new EnumLabels<>(Party.class,
            (language, party) -> Bundles.in(DisputeMessages.class, language).no_answer(party));
    private static final EnumLabels<DisputeStatus> STATUSES = new EnumLabels<>(DisputeStatus.class,
            (language, status) -> Bundles.in(DisputeMessages.class, language).status(status));

    /** The lines of {@code rows} for a page in the locale or variant Qute chose for it, timed now. */
    @TemplateExtension
    static List<QueueLine> queueLines(List<QueueRow> rows, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return of(rows, Instant.now(), Bundles.language(locale, variant));
    }

    /**
     * The key under which {@code tags/queueTable} keeps the rendered rows of {@code lines} (Qute's
     * {@code {#cached}} section, the cache {@code qute-cache}): every text of every line, each written with its
     * length in front so that no two different lists of lines make the same key. Rows rendered once are thus
     * reused only where they would render identically; a line whose countdown, age, status or holder moved on
     * makes a new key.
     */
    @TemplateExtension
    static String cacheKey(List<QueueLine> lines) {
        StringBuilder key = new StringBuilder(lines.size() * 160);
        for (QueueLine line : lines) {
            key.append(line.id).append(';').append(line.shopPoints).append(';');
            for (String text : new String[] { line.slaClass, line.caseNo, line.reason, line.amount, line.shopName,
                    line.age, line.slaDue, line.countdown, line.status, line.assignee, line.flag, line.reused }) {
                key.append(text == null ? -1 : text.length()).append(':').append(text == null ? "" : text);
            }
        }
        return key.toString();
    }

    private static String flag(List<Party> parties, String language) {
        if (parties.isEmpty()) {
            return "";
        }
        StringBuilder flag = new StringBuilder();
        for (Party party : parties) {
            flag.append(flag.isEmpty() ? "" : " · ").append(NO_ANSWER.of(party, language));
        }
        return flag.toString();
    }

    /** The lines of {@code rows} in "en" or "zh" at {@code now}. */
    static List<QueueLine> of(List<QueueRow> rows, Instant now, String language) {
        List<QueueLine> lines = new ArrayList<>(rows.size());
        for (QueueRow row : rows) {
            SlaClock clock = row.clock();
            lines.add(new QueueLine(clock.slaClass(now, SlaTemplateExtensions.SlaWarning.get()), row.id(),
                    row.caseNo(), REASONS.of(row.reason(), language), row.amountDisplay(), row.shopName(),
                    row.shopPoints(), TemplateExtensions.age(row.escalatedAt(), now, language), row.slaDueDatetime(),
                    SlaTemplateExtensions.words(clock, now, language), STATUSES.of(row.status(), language),
                    row.assignee() == null ? "—" : row.assignee(), flag(row.noAnswerFrom(), language),
                    row.reusedPhoto() ? Bundles.in(DisputeMessages.class, language).reused_photo() : ""));
        }
        return lines;
    }
}
