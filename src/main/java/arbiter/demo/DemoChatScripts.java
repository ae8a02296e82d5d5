package arbiter.demo;

import static arbiter.demo.DemoCatalog.pick;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import arbiter.demo.DemoCatalog.Category;
import arbiter.demo.DemoCatalog.Item;
import arbiter.demo.DemoPhotos.Kind;
import arbiter.dispute.DisputeReason;
import arbiter.dispute.Party;

/**
 * Writes the buyer–seller conversation and the buyer's statement of a demo case.
 * Reason-specific lines come from {@link DemoReasonScripts}; the small talk every dispute has lives here,
 * so that 200 cases mix the two and do not all read the same.
 */
final class DemoChatScripts {

    /** A chat message before it gets a time; its photos are listed by what they show, not yet named. */
    record Draft(Party from, String text, List<Kind> photos) {
    }

    /** The facts of one case that the lines refer to. */
    record Facts(DisputeReason reason, Category category, Item item, String defect, String part, String courier,
            int compensationYuan) {

        String fill(String template) {
            return template.replace("{item}", item.shortName())
                    .replace("{defect}", defect)
                    .replace("{part}", part)
                    .replace("{tag}", category.tag)
                    .replace("{courier}", courier)
                    .replace("{comp}", Integer.toString(compensationYuan));
        }
    }

    private static final List<String> BUYER_SMALL_TALK = List.of(
            "在吗？", "？？？", "人呢？怎么不回消息了", "能不能给个准话", "你们这样处理我真的很失望",
            "我已经等了一整天了", "好的，我等你们回复", "那你说怎么办吧", "我要的不是道歉，是解决问题",
            "麻烦快一点，我白天要上班", "花这么多钱买的东西，不能这么糊弄人吧", "能换个能做主的人来说吗",
            "照片已经拍得很清楚了", "我再给你们半天时间", "不是我不讲理，是你们说话不算数");
    private static final List<String> SELLER_SMALL_TALK = List.of(
            "亲，在的哦", "亲，已经反馈给售后主管了，请您稍等", "亲，非常理解您的心情",
            "亲亲，我们也是想帮您把问题解决好的", "您好，刚才咨询的人比较多，回复慢了请见谅",
            "亲，这个需要主管审批，请耐心等待一下", "亲，我们一定会给您一个满意的答复",
            "亲，您看这样处理可以吗？", "亲，这个我这边确实做不了主",
            "亲，请不要着急，我们正在处理", "亲，按照平台规则我们只能这样处理哦", "麻烦您提供一下订单截图",
            "亲，稍等，我去仓库那边问一下");
    private static final List<String> BUYER_CLOSINGS = List.of(
            "算了，沟通不了，我申请平台介入吧", "那就让小二来判吧，我已经提交介入申请了",
            "既然你们不处理，我只能找平台了", "我已经申请小二介入，证据都会提交上去");
    private static final List<String> SELLER_CLOSINGS = List.of(
            "亲，我们协商不下来，已经申请平台介入，请以小二的判定为准",
            "我们已提交平台介入申请，相关凭证也会一并上传",
            "亲，双方意见不一致，我们这边申请客服小二来处理");
    private static final List<String> PLATFORM_LINES = List.of(
            "平台客服已介入，请双方在48小时内上传相关凭证。",
            "【平台提示】小二已介入本次售后，请勿在聊天中发送与订单无关的内容。",
            "平台客服已介入处理，请买家补充商品问题照片，卖家提供发货凭证。",
            "【平台提示】本售后已进入平台处理流程，处理结果将通过站内信通知双方。");
    private static final List<String> STATEMENT_TAILS = List.of(
            "希望平台公正处理。", "聊天记录和照片都已上传，请小二核实。", "请平台支持我的退款申请。",
            "沟通了好几天都没有结果。");

    private DemoChatScripts() {
    }

    /**
     * A conversation of exactly {@code length} (≥ 5) messages: the buyer opens, the seller answers, both go
     * back and forth, and whoever escalated announces it; sometimes the platform confirms at the very end.
     */
    static List<Draft> conversation(Random rnd, Facts facts, Party escalatedBy, int length) {
        DemoReasonScripts script = DemoReasonScripts.of(facts.reason());
        boolean platformJoins = rnd.nextInt(5) == 0;
        // Someone still waiting for a parcel has nothing to photograph yet.
        boolean photoInOpener = facts.reason() != DisputeReason.NOT_RECEIVED && rnd.nextInt(10) < 6;
        List<Draft> lines = new ArrayList<>();
        lines.add(new Draft(Party.BUYER, facts.fill(pick(rnd, script.buyerOpeners())),
                photoInOpener ? List.of(DemoPhotoScripts.kind(rnd, facts.reason(), Party.BUYER)) : List.of()));
        lines.add(say(Party.SELLER, facts.fill(pick(rnd, script.sellerOpeners()))));

        Deck buyerDeck = new Deck(rnd, script.buyerLines(), BUYER_SMALL_TALK);
        Deck sellerDeck = new Deck(rnd, script.sellerLines(), SELLER_SMALL_TALK);
        int middle = length - lines.size() - 1 - (platformJoins ? 1 : 0);
        Party speaker = Party.SELLER;
        for (int i = 0; i < middle; i++) {
            // People mostly take turns, but now and then someone sends two messages in a row.
            speaker = rnd.nextInt(5) == 0 ? speaker : other(speaker);
            lines.add(say(speaker, facts.fill((speaker == Party.BUYER ? buyerDeck : sellerDeck).next())));
        }
        int buyerPhotos = (photoInOpener ? 0 : 1) + (rnd.nextInt(3) == 0 ? 1 : 0);
        for (int i = 0; i < buyerPhotos; i++) {
            attachPhoto(rnd, lines, Party.BUYER, facts.reason());
        }
        if (rnd.nextInt(5) < 2) {
            attachPhoto(rnd, lines, Party.SELLER, facts.reason());
        }

        List<String> closings = escalatedBy == Party.SELLER ? SELLER_CLOSINGS : BUYER_CLOSINGS;
        lines.add(say(escalatedBy, pick(rnd, closings)));
        if (platformJoins) {
            lines.add(say(Party.PLATFORM, pick(rnd, PLATFORM_LINES)));
        }
        return lines;
    }

    /** 1–3 sentences: one or two about the reason, sometimes a closing plea. */
    static String statement(Random rnd, Facts facts) {
        String statement = facts.fill(pick(rnd, DemoReasonScripts.of(facts.reason()).statements()));
        return rnd.nextBoolean() ? statement + pick(rnd, STATEMENT_TAILS) : statement;
    }

    /** Turns a random later text message of {@code party} into a photo message. */
    private static void attachPhoto(Random rnd, List<Draft> lines, Party party, DisputeReason reason) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            if (lines.get(i).from() == party && lines.get(i).photos().isEmpty()) {
                candidates.add(i);
            }
        }
        Kind kind = DemoPhotoScripts.kind(rnd, reason, party);
        if (!candidates.isEmpty()) {
            String text = DemoPhotoScripts.chatText(rnd, kind, party, reason);
            for (int retry = 0; retry < 3 && saidBefore(lines, text); retry++) {
                text = DemoPhotoScripts.chatText(rnd, kind, party, reason);
            }
            lines.set(pick(rnd, candidates), new Draft(party, text, List.of(kind)));
        } else if (party == Party.BUYER) {
            // The buyer never spoke again after opening: the photo goes with the opener.
            Draft opener = lines.get(0);
            List<Kind> photos = new ArrayList<>(opener.photos());
            photos.add(kind);
            lines.set(0, new Draft(Party.BUYER, opener.text(), List.copyOf(photos)));
        }
    }

    private static boolean saidBefore(List<Draft> lines, String text) {
        return lines.stream().anyMatch(line -> line.text().equals(text));
    }

    private static Draft say(Party from, String text) {
        return new Draft(from, text, List.of());
    }

    private static Party other(Party party) {
        return party == Party.BUYER ? Party.SELLER : Party.BUYER;
    }

    /**
     * Deals lines without repeats, reason-specific ones a bit more often than small talk, and reshuffles
     * once both are used up: long chats stay varied and stay on topic.
     */
    private static final class Deck {
        private final Random rnd;
        private final List<String> specific;
        private final List<String> smallTalk;
        private int nextSpecific;
        private int nextSmallTalk;

        Deck(Random rnd, List<String> specific, List<String> smallTalk) {
            this.rnd = rnd;
            this.specific = new ArrayList<>(specific);
            this.smallTalk = new ArrayList<>(smallTalk);
            reshuffle();
        }

        String next() {
            boolean specificLeft = nextSpecific < specific.size();
            boolean smallTalkLeft = nextSmallTalk < smallTalk.size();
            if (!specificLeft && !smallTalkLeft) {
                reshuffle();
                return next();
            }
            if (specificLeft && (!smallTalkLeft || rnd.nextInt(10) < 6)) {
                return specific.get(nextSpecific++);
            }
            return smallTalk.get(nextSmallTalk++);
        }

        private void reshuffle() {
            Collections.shuffle(specific, rnd);
            Collections.shuffle(smallTalk, rnd);
            nextSpecific = 0;
            nextSmallTalk = 0;
        }
    }
}
