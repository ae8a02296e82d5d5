package arbiter.ruling;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.dispute.DisputeReason;
import arbiter.dispute.Disputes;
import arbiter.money.Money;
import arbiter.system.PlatformZone;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rationale templates (V20; issue 16, "Templates"): what the ruling form offers for a case, each filled from the case
 * before it is inserted; and their management by supervisors, each change a new version, audited. A body may hold only
 * the known {@link Placeholder}s: any other brace is refused when saving.
 */
@ApplicationScoped
public class RationaleTemplates {

    /** The longest title, in characters. */
    public static final int MAX_TITLE = 200;

    /** A {@code {name}} in a body: letters only. Any other brace is refused. */
    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)\\}|[{}]");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** What a template's body may name, each filled from the case (dates as days in the platform's zone). */
    public enum Placeholder {
        CASE_NO("caseNo"),
        ORDER_NO("orderNo"),
        ITEM_TITLE("itemTitle"),
        AMOUNT_PAID("amountPaid"),
        REQUESTED_REFUND("requestedRefund"),
        /** The refund the form decides: the amount paid for a full refund, the amount typed for a partial one. */
        REFUND("refund"),
        PAID_AT("paidAt"),
        SHIPPED_AT("shippedAt"),
        DELIVERED_AT("deliveredAt"),
        SHOP_NAME("shopName"),
        BUYER_NICK("buyerNick");

        /** As a body names it, between braces. */
        public final String token;

        Placeholder(String token) {
            this.token = token;
        }

        /** {@code {token}}, as the template page lists it. */
        public String written() {
            return "{" + token + "}";
        }

        static Optional<Placeholder> of(String token) {
            return Arrays.stream(values()).filter(p -> p.token.equals(token)).findFirst();
        }
    }

    @Inject
    AuditTrail audit;

    /**
     * The templates offered, read at most once a minute (every holder's case page lists them) and again at once after
     * a change on this instance.
     */
    private final LoadingCache<String, List<RationaleTemplate>> active = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .build(unused -> QuarkusTransaction.joiningExisting()
                    .call(() -> RationaleTemplate.<RationaleTemplate> list("active = true")));

    @Inject
    Clock clock;

    /**
     * What in a body is not a known placeholder: each unknown {@code {name}}, and each lone brace; empty when the body
     * is fine.
     */
    public static List<String> unknownPlaceholders(String body) {
        List<String> unknown = new ArrayList<>();
        Matcher braces = BRACES.matcher(body == null ? "" : body);
        while (braces.find()) {
            if (braces.group(1) == null || Placeholder.of(braces.group(1)).isEmpty()) {
                unknown.add(braces.group());
            }
        }
        return unknown;
    }

    /**
     * The body with each placeholder replaced by its value from the case; a fact the case lacks (not shipped yet) is
     * {@code —}. {@code refund} is the refund the form decides, or the refund requested before the outcome is chosen.
     */
    public static String fill(String body, Disputes.CaseFile dispute, Money refund) {
        Matcher braces = BRACES.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (braces.find()) {
            String value = braces.group(1) == null ? braces.group()
                    : Placeholder.of(braces.group(1)).map(p -> value(p, dispute, refund)).orElse(braces.group());
            braces.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        braces.appendTail(filled);
        return filled.toString();
    }

    private static String value(Placeholder placeholder, Disputes.CaseFile d, Money refund) {
        return switch (placeholder) {
            case CASE_NO -> d.caseNo();
            case ORDER_NO -> d.orderNo();
            case ITEM_TITLE -> d.itemTitle();
            case AMOUNT_PAID -> d.amountPaid().display();
            case REQUESTED_REFUND -> d.requestedRefund().display();
            case REFUND -> refund.display();
            case PAID_AT -> day(d.paidAt());
            case SHIPPED_AT -> day(d.shippedAt());
            case DELIVERED_AT -> day(d.deliveredAt());
            case SHOP_NAME -> d.shopName();
            case BUYER_NICK -> d.buyerNick();
        };
    }

    private static String day(java.time.Instant at) {
        return at == null ? "—" : DAY.format(at.atZone(PlatformZone.ZONE));
    }

    /**
     * A template offered on a case, filled from it.
     *
     * @param reference {@code id/version}, as the form sends it
     * @param filled the body with the case's facts in place of its placeholders
     */
    public record Offered(String reference, String title, String language, String clauseCode, String filled) {
    }

    /**
     * The active templates for a case of that reason (those for the reason, then those for any reason), each filled
     * from the case with {@code refund}; by clause, language and title.
     */
    public List<Offered> offeredFor(Disputes.CaseFile dispute, Money refund) {
        return active.get("active").stream().filter(t -> t.reason == null || t.reason == dispute.reason())
                .sorted(java.util.Comparator.comparing((RationaleTemplate t) -> t.reason == null)
                        .thenComparing(t -> t.clauseCode == null ? "" : t.clauseCode)
                        .thenComparing(t -> t.language).thenComparing(t -> t.title))
                .map(t -> new Offered(t.key.reference(), t.title, t.language, t.clauseCode,
                        fill(t.body, dispute, refund)))
                .toList();
    }

    /**
     * A template inserted into a rationale.
     *
     * @param reference {@code id/version} of the version inserted
     * @param text its body filled from the case
     */
    public record Filled(String reference, String text) {
    }

    /**
     * The offered (active) template of that reference, filled from the case with {@code refund}; empty when the
     * reference names no template offered now.
     */
    public Optional<Filled> fillOffered(String reference, Disputes.CaseFile dispute, Money refund) {
        return find(reference).filter(t -> t.active)
                .map(t -> new Filled(t.key.reference(), fill(t.body, dispute, refund)));
    }

    /** The template version of that reference ({@code id/version}), active or not; empty when there is none. */
    Optional<RationaleTemplate> find(String reference) {
        return RationaleTemplate.Key.parse(reference)
                .flatMap(key -> RationaleTemplate.<RationaleTemplate> findByIdOptional(key));
    }

    /**
     * A template as a supervisor writes it.
     *
     * @param reason the dispute reason it is for; null for any
     * @param clauseCode the clause it is written for; null for any
     * @param language {@code zh} or {@code en}
     * @param body its text, with known placeholders only ({@link #unknownPlaceholders})
     */
    public record TemplateDraft(DisputeReason reason, String clauseCode, String language, String title, String body) {
    }

    /** A template with its versions, the newest first. */
    public record History(long id, List<RationaleTemplate> versions) {

        public Optional<RationaleTemplate> current() {
            return versions.stream().filter(t -> t.active).findFirst();
        }

        public RationaleTemplate latest() {
            return versions.get(0);
        }
    }

    /**
     * Writes a template: a new one ({@code id} empty) gets version 1; a known one its next version, which replaces the
     * one offered. The same content as the version offered writes nothing. Audited as
     * {@link AuditAction#TEMPLATE_WRITTEN}.
     *
     * @return the template's id
     * @throws IllegalArgumentException when the body names an unknown placeholder (the page checks it first)
     */
    @Transactional
    public long write(Optional<Long> id, TemplateDraft draft, String supervisor) {
        if (!unknownPlaceholders(draft.body()).isEmpty()) {
            throw new IllegalArgumentException("Unknown placeholders: " + unknownPlaceholders(draft.body()));
        }
        long templateId = id.orElseGet(() -> ((Number) RationaleTemplate.getEntityManager()
                .createNativeQuery("SELECT nextval('rationale_template_seq')").getSingleResult()).longValue());
        lock(templateId);
        List<RationaleTemplate> versions = versions(templateId);
        Optional<RationaleTemplate> current = versions.stream().filter(t -> t.active).findFirst();
        if (current.isPresent() && same(current.get(), draft)) {
            return templateId;
        }
        current.ifPresent(t -> {
            t.active = false;
            t.flush();
        });
        RationaleTemplate template = new RationaleTemplate();
        template.key = new RationaleTemplate.Key(templateId,
                versions.stream().mapToInt(t -> t.key.version()).max().orElse(0) + 1);
        template.reason = draft.reason();
        template.clauseCode = draft.clauseCode();
        template.language = draft.language();
        template.title = draft.title();
        template.body = draft.body();
        template.active = true;
        template.writtenBy = supervisor;
        template.writtenAt = clock.instant();
        template.persist();
        audit.record(AuditAction.TEMPLATE_WRITTEN, Target.rationaleTemplate(templateId),
                current.map(RationaleTemplates::summary).orElse(Map.of()), summary(template));
        active.invalidateAll();
        return templateId;
    }

    /** Retires a template: the form no longer offers it. False when it was not offered (nothing is written). */
    @Transactional
    public boolean retire(long id, String supervisor) {
        lock(id);
        Optional<RationaleTemplate> current = versions(id).stream().filter(t -> t.active).findFirst();
        if (current.isEmpty()) {
            return false;
        }
        current.get().active = false;
        audit.record(AuditAction.TEMPLATE_RETIRED, Target.rationaleTemplate(id), summary(current.get()),
                Map.of("active", "false"));
        active.invalidateAll();
        return true;
    }

    /** Every template with its versions, by id. */
    public List<History> histories() {
        Map<Long, List<RationaleTemplate>> byId = new LinkedHashMap<>();
        RationaleTemplate.<RationaleTemplate> list("order by key.id, key.version desc")
                .forEach(t -> byId.computeIfAbsent(t.key.id(), unused -> new ArrayList<>()).add(t));
        return byId.entrySet().stream().map(e -> new History(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The template with its versions; empty for an id never written. */
    public Optional<History> history(long id) {
        List<RationaleTemplate> versions = versions(id);
        return versions.isEmpty() ? Optional.empty() : Optional.of(new History(id, versions));
    }

    private static List<RationaleTemplate> versions(long id) {
        return RationaleTemplate.list("key.id = ?1 order by key.version desc", id);
    }

    private static void lock(long id) {
        // The lock's first key is "TPLT" in ASCII, so it meets no other feature's advisory locks.
        RationaleTemplate.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, 0x54504c54).setParameter(2, (int) id).getSingleResult();
    }

    private static boolean same(RationaleTemplate t, TemplateDraft draft) {
        return t.reason == draft.reason() && java.util.Objects.equals(t.clauseCode, draft.clauseCode())
                && t.language.equals(draft.language()) && t.title.equals(draft.title()) && t.body.equals(draft.body());
    }

    private static Map<String, String> summary(RationaleTemplate t) {
        return Map.of("version", Integer.toString(t.key.version()), "reason", t.reason == null ? "" : t.reason.name(),
                "clause", t.clauseCode == null ? "" : t.clauseCode, "language", t.language, "title", t.title,
                "body", t.body);
    }
}
