package arbiter.dispute;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The dispute queue's text (the arbitrators' queue and the table of cases that the supervisors' overdue list
 * shares with it): its own columns, filters, sorting, keys; namespace {@code queue} in templates; English in
 * {@code messages/queue_en.properties}, Chinese in {@code queue_zh.properties}. The queue is the page read most,
 * and a small bundle resolves its messages without walking the portal's other keys (bench/queue.sh). Column
 * names other pages show too (case, shop, amount, SLA, holder, status) are in {@code page}.
 */
@MessageBundle(value = "queue", locale = "en")
public interface QueueMessages {

    String col_reason();

    String col_age();

    String queue_title();

    String queue_empty();

    String queue_take_next();

    String queue_counts();

    String queue_keys();

    String queue_shortcuts();

    String filter_reason();

    String filter_min();

    String filter_max();

    String filter_shop();

    String filter_buyer();

    String filter_mine();

    String filter_unassigned();

    String filter_due_soon();

    String filter_sort();

    String sort_sla();

    String sort_amount();

    String sort_escalated();
}
