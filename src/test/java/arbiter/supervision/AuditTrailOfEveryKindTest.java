package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.audit.Actor;
import arbiter.audit.AuditAction;
import arbiter.audit.AuditFilter;
import arbiter.audit.AuditLog;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The audit trail reads, filters, exports and verifies whatever it holds: one event of every action on every
 * target type (a route refused included, with the odd characters a request path can carry), then the page with
 * each filter, the CSV with each filter and the chain check all answer 200, whatever join the database picks.
 */
@QuarkusTest
class AuditTrailOfEveryKindTest {

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog log;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource db;

    @Test
    void everyActionOnEveryTargetTypeIsListedFilteredExportedAndVerified() throws Exception {
        String shop = IntakeRequests.newShopId();
        long disputeId = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, shop));
        String caseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + disputeId);
        Actor actor = new Actor("kind-probe", "supervisor", "127.0.0.1", "req-kind");
        List<Target> targets = new ArrayList<>();
        for (String type : Target.TYPES) {
            targets.add(switch (type) {
                case Target.DISPUTE -> Target.dispute(disputeId);
                case Target.QA_SAMPLE -> Target.qaSample(987_654_321L);
                case Target.ROUTE -> Target.route("POST", "/disputes/next\u0000\t\"<b>x</b>'; DROP TABLE x;--");
                case Target.POLICY -> Target.clause("QUAL-1");
                default -> throw new AssertionError("a target type this test does not know: " + type);
            });
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (AuditAction action : AuditAction.values()) {
                for (Target target : targets) {
                    trail.record(actor, action, target, Map.of("k", "before\u2028"), Map.of("k", "after"));
                }
            }
        });
        assertFalse(Sql.text(db, "SELECT string_agg(target_id, '|') FROM audit_events WHERE target_type = 'route'"
                + " AND actor = 'kind-probe'").contains("\u0000"), "no NUL reaches the database");

        String today = LocalDate.now().toString();
        List<String> filters = new ArrayList<>(List.of("", "actor=kind-probe", "actor=arbiter1", "case=" + caseNo,
                "shop=" + shop, "from=2000-01-01", "to=" + today, "from=2000-01-01&to=" + today,
                "actor=kind-probe&from=" + today + "&to=" + today));
        for (AuditAction action : AuditAction.values()) {
            filters.add("action=" + action.name());
            filters.add("actor=kind-probe&action=" + action.name());
        }
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            for (String filter : filters) {
                var page = browser.open("/supervision/audit?" + filter).getWebResponse();
                assertEquals(200, page.getStatusCode(), "audit page ?" + filter);
                var csv = browser.open("/supervision/audit/export?" + filter).getWebResponse();
                assertEquals(200, csv.getStatusCode(), "CSV ?" + filter);
            }
            String all = browser.open("/supervision/audit/export?actor=kind-probe").getWebResponse().getContentAsString();
            assertEquals(AuditAction.values().length * Target.TYPES.size() + 1, all.split("\r\n").length,
                    "a line per event and the header");
            for (String type : Target.TYPES) {
                assertTrue(all.contains("," + type + ","), type + " in the CSV");
            }
            var verify = browser.openHtml("/supervision/audit/verify");
            assertEquals(200, verify.getWebResponse().getStatusCode());
            assertTrue(verify.asNormalizedText().contains("intact"), verify.asNormalizedText());
        }
    }

    @Test
    void aRefusedChangeBySellerLeavesTheAuditPageReadable() throws Exception {
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            assertEquals(403, seller.post("/disputes/next"));
        }
        // The event is written in the background after the answer: wait for it (bounded).
        for (int i = 0; i < 50 && Sql.number(db, "SELECT count(*) FROM audit_events WHERE action = 'ACCESS_DENIED'"
                + " AND actor = 'seller1'") == 0; i++) {
            Thread.sleep(100);
        }
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            for (String filter : List.of("actor=arbiter1", "actor=seller1", "action=ACCESS_DENIED", "")) {
                assertEquals(200, browser.open("/supervision/audit?" + filter).getWebResponse().getStatusCode(), filter);
                assertEquals(200, browser.open("/supervision/audit/export?" + filter).getWebResponse().getStatusCode(),
                        filter);
            }
            String page = browser.openHtml("/supervision/audit?actor=seller1&action=ACCESS_DENIED").asNormalizedText();
            assertTrue(page.contains("POST /disputes/next"), page);
        }
    }

    /** The same reads with each join method switched off in turn: no plan may cast a non-dispute target id. */
    @Test
    void theReadsHoldWhicheverJoinThePlannerChooses() {
        QuarkusTransaction.requiringNew().run(() -> trail.record(new Actor("plan-probe", "seller", null, null),
                AuditAction.ACCESS_DENIED, Target.route("POST", "/disputes/next"), null, Map.of("status", "403")));
        for (String off : List.of("enable_hashjoin", "enable_mergejoin", "enable_nestloop", "enable_indexscan")) {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("SELECT set_config('" + off + "', 'off', true)").getSingleResult();
                for (String actor : List.of("plan-probe", "arbiter1")) {
                    AuditFilter filter = AuditFilter.parse(actor, null, null, null, null, null, null);
                    log.page(filter, 50);
                    log.export(filter, line -> {
                    });
                }
                log.page(AuditFilter.parse(null, null, null, null, null, null, null), 50);
            });
        }
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM audit_events WHERE actor = 'plan-probe'"));
    }
}
