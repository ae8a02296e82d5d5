package arbiter.demo;

import arbiter.ruling.RulingOutcome;

/**
 * What the demo's staff and sellers write as they work its cases (in Chinese, as on the marketplace the demo
 * shows): staff notes, evidence requests, sellers' answers and appeals, supervisors' reasons, QA comments.
 */
final class DemoWords {

    private DemoWords() {
    }

    static final String[] NOTES = {
            "已核对聊天记录：卖家在买家首次反馈后两天才回复，先看物流签收时间。",
            "买家照片拍摄角度一致，吊牌完整，可以排除使用后退货的情况。",
            "订单金额较高，裁决前再确认一次快递底单与发货重量是否相符。",
            "卖家承诺过“七天无理由”，但聊天中又拒绝退货，需在裁决理由里写明。",
            "买家已提供开箱视频截图，与描述页参数对比后差异明显。",
            "同一买家近期另有一起纠纷，已看过，情况不同，按本案证据判断。",
    };

    static final String[] EVIDENCE_REQUESTS = {
            "请卖家提供发货前的商品实拍图和快递底单，以便核实发出时的商品状态。",
            "请提供与买家的完整售后沟通记录截图，以及商品的质检报告或合格证。",
            "请双方补充：买家提供问题部位的近距离照片，卖家提供同批次商品的照片。",
    };

    static final String[] SELLER_ANSWERS = {
            "已上传发货前拍摄的照片和快递底单，商品出库时包装完好，请平台核实。",
            "这批货有质检报告，发货时逐件检查过，买家说的问题我们没有发现。",
            "我们同意部分退款，但买家一直没有回复，附上沟通记录。",
    };

    static final String[] APPEALS = {
            "我们对处罚有异议：买家收货后超过十天才反馈问题，期间商品已被使用，不能认定是发货时的质量问题，请重新审核。",
            "裁决引用的条款与本案不符，商品描述页明确写了尺码偏小建议拍大一码，买家下单前也咨询过客服，请撤销处罚。",
            "物流记录显示包裹已签收，签收照片上的地址与订单一致，丢件责任不在店铺，恳请平台复核。",
    };

    static final String[] UPHOLDS = {
            "复核了聊天记录和照片，问题在签收当天就已提出，原裁决认定事实清楚，维持处罚。",
            "店铺的申诉没有提供新的证据，原裁决引用条款正确，维持原判。",
    };

    static final String[] OVERTURNS = {
            "物流签收照片能证明商品已送达约定地址，原裁决认定有误，撤销处罚并退还扣分。",
            "描述页确有尺码提示，买家下单前已被告知，卖家不应承担责任，撤销处罚。",
    };

    static final String[] QA_COMMENTS = {
            "证据引用完整，理由与条款一致。",
            "部分退款的金额依据没有写清楚，建议在理由中说明计算方式。",
    };

    /** The platform's notes when it withdraws a case: most after the seller settled with the buyer. */
    static final String[] WITHDRAWAL_NOTES = {
            "卖家已全额退款，买家在平台申请撤诉。",
            "双方协商换货，买家已确认收到新货并撤回投诉。",
            "买家表示误操作发起投诉，已主动撤回。",
    };

    /** Why a demo ruling goes against most close precedents (issue 17), by its outcome. */
    static String departure(RulingOutcome outcome) {
        return switch (outcome) {
            case FULL_REFUND -> "本案买家收货当天即反映问题并附开箱照片，瑕疵在未使用的新品上即可看到，与多数相似案件中使用一段时间后才投诉、无法排除使用磨损的情况不同。";
            case PARTIAL_REFUND -> "本案瑕疵属实但轻微，不影响正常使用，与多数相似案件的情况不同，按瑕疵程度部分退款更符合实际损失。";
            case REJECTED -> "本案买家所述问题在其提交的照片中无法辨认，与多数相似案件中问题清晰可见的情况不同，证据不足以支持退款。";
        };
    }

    /** A ruling's rationale for its outcome; a few phrasings, so that the cases do not all read alike. */
    static String rationale(RulingOutcome outcome, int serial) {
        String[] options = switch (outcome) {
            case FULL_REFUND -> new String[] {
                    "买家提供的实物照片与聊天记录相互印证，商品与约定不符，卖家未能举证反驳，支持全额退款。",
                    "卖家在举证期内未提供发货凭证，物流信息无法证明已妥投，支持买家全额退款。",
            };
            case PARTIAL_REFUND -> new String[] {
                    "商品存在瑕疵但不影响主要使用，结合双方协商记录，支持部分退款作为补偿。",
                    "商品少件属实，但主体完好，按缺少配件的价值比例支持部分退款。",
            };
            case REJECTED -> new String[] {
                    "买家提交的证据不足以证明问题由卖家造成，卖家已提供发货前检验记录，驳回退款申请。",
                    "商品与描述一致，买家所述问题属于个人喜好，不属于质量问题，驳回申请。",
            };
        };
        return options[serial % options.length];
    }
}
