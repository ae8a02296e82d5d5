package arbiter.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import arbiter.dispute.DisputeMessages;
import arbiter.dispute.Party;
import arbiter.web.Bundles;
import arbiter.web.EnumLabels;
import arbiter.web.TemplateExtensions;

/**
 * A message of a case's chat as a page shows it: worded in the page's language and timed, made for every message in
 * one pass ({@link #of}), so that a template reads each part of a message as one plain value. A chat holds hundreds of
 * messages; a bundle call, two time formats and a chain of lookups per message were most of the case page's rendering
 * (issue 17's case page target: p99 under 50 ms in {@code bench/queue.sh} with 300 messages), as they were of the
 * queue page's before {@link arbiter.dispute.QueueLine}. The staff's case page ({@code CaseResource/parts/evidence},
 * with the reuse marks) and the seller's ({@code SellerDisputeResource/parts/evidence}, without) show the chat so.
 *
 * @param id the chat message's id (its anchor {@code message-{id}} and the relied-on check box's value)
 * @param senderClass the sender in lower case, for styling ({@code from-buyer}, {@code from-seller},
 *        {@code from-platform})
 * @param sender who sent it, as the page's language names the party
 * @param sentAt when it was sent, as a {@code datetime} attribute holds it (ISO 8601, UTC, to the millisecond)
 * @param sentAtLocal when it was sent, in the platform's zone, as pages show times
 * @param body its text, null for a message of photos only
 * @param photos the photos sent in it, in the order sent
 */
public record ChatLine(long id, String senderClass, String sender, String sentAt, String sentAtLocal, String body,
        List<Photo> photos) {

    /**
     * A photo sent in a chat message.
     *
     * @param sha256 the photo's content hash (its thumbnail's and display rendition's address)
     * @param reused whether the photo, or a nearly identical one, is also in another case (issue 17)
     */
    public record Photo(String sha256, boolean reused) {
    }

    private static final EnumLabels<Party> PARTIES = new EnumLabels<>(Party.class,
            (language, party) -> Bundles.in(DisputeMessages.class, language).party(party));

    /**
     * The lines of {@code chat} in the language of a page, from its template's locale or selected variant (see
     * {@link Bundles#language(Object, Object)}), each photo marked from {@code marks} ({@link ReusedPhotos.CaseMarks#NONE}
     * where the reader is not to see reuse).
     */
    public static List<ChatLine> of(List<CaseRecord.ChatView> chat, ReusedPhotos.CaseMarks marks, Object locale,
            Object variant) {
        return of(chat, marks, Bundles.language(locale, variant));
    }

    /** The lines of {@code chat} in {@code language} ("en" or "zh"), each photo marked from {@code marks}. */
    static List<ChatLine> of(List<CaseRecord.ChatView> chat, ReusedPhotos.CaseMarks marks, String language) {
        List<ChatLine> lines = new ArrayList<>(chat.size());
        for (CaseRecord.ChatView message : chat) {
            List<Photo> photos = message.photos().isEmpty() ? List.of()
                    : message.photos().stream().map(p -> new Photo(p.sha256(), marks.of(p.sha256()).cases() > 0))
                            .toList();
            lines.add(new ChatLine(message.id(), message.sender().name().toLowerCase(Locale.ROOT),
                    PARTIES.of(message.sender(), language), TemplateExtensions.datetime(message.sentAt()),
                    TemplateExtensions.local(message.sentAt()), message.body(), photos));
        }
        return lines;
    }
}
