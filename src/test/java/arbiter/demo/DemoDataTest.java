package arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.dispute.Dispute;
import arbiter.evidence.ChatMessage;
import arbiter.evidence.EvidenceItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The demo data enters through the platform's own door, so every demo case passes its checks. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Test
    void demoCasesEnterThroughTheIntakeServiceAndReachTheirStatus() {
        List<DemoCase> cases = demoData.load(99, 12);

        QuarkusTransaction.requiringNew().run(() -> {
            for (DemoCase demo : cases) {
                Dispute dispute = Dispute.find("externalId", demo.submission().externalId()).firstResult();
                assertEquals(demo.status(), dispute.status, demo.toString());
                assertEquals(demo.submission().chat().size(), ChatMessage.count("dispute", dispute));
                long photos = demo.submission().chat().stream().mapToLong(line -> line.photos().size()).sum()
                        + demo.submission().evidence().size();
                assertEquals(photos, EvidenceItem.count("dispute", dispute));
            }
        });
        assertTrue(cases.stream().map(DemoCase::status).distinct().count() == 6, "every status among 12 cases");
    }
}
