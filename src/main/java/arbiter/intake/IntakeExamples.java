package arbiter.intake;

/** The examples the OpenAPI description shows, taken from the contract in DESIGN.md. */
final class IntakeExamples {

    static final String DISPUTE = """
            {
              "externalId": "TB-RF-2026-000123",
              "order": { "orderNo": "4012345678901234", "itemTitle": "男士羊毛大衣 藏青 XL",
                         "amountPaid": 59900, "currency": "CNY",
                         "paidAt": "2026-11-02T10:15:00+08:00", "shippedAt": "2026-11-03T09:00:00+08:00",
                         "deliveredAt": "2026-11-05T16:40:00+08:00" },
              "buyer":  { "id": "b-88123", "nick": "小林不吃香菜" },
              "seller": { "shopId": "shop-1", "shopName": "暖冬服饰旗舰店", "email": "service@shop-1.example" },
              "reason": "NOT_AS_DESCRIBED",
              "requestedRefund": 59900,
              "buyerStatement": "收到的大衣颜色和图片严重不符,面料起球。",
              "escalatedBy": "BUYER",
              "escalatedAt": "2026-11-12T20:13:01+08:00",
              "chat": [
                { "at": "2026-11-06T09:01:00+08:00", "from": "BUYER",  "text": "你好,衣服颜色不对", "photos": ["p1"] },
                { "at": "2026-11-06T09:20:00+08:00", "from": "SELLER", "text": "亲,色差是正常的哦" }
              ],
              "evidence": [ { "party": "BUYER", "photo": "p2", "caption": "面料起球特写" } ]
            }""";

    static final String RECEIPT = """
            { "id": 1050, "caseNo": "AR-2026-0000201", "status": "ESCALATED" }""";

    static final String WITHDRAWAL = """
            { "reason": "SETTLED", "note": "卖家已退款，买家撤诉。", "withdrawnAt": "2026-11-12T20:13:01+08:00" }""";

    static final String PROBLEM = """
            { "type": "urn:arbiter:problem:invalid-dispute", "title": "Bad Request", "status": 400,
              "detail": "2 field(s) of the request are invalid; nothing was stored",
              "errors": [ { "field": "order.amountPaid", "message": "must be greater than 0" },
                          { "field": "reason", "message": "must be one of [NOT_AS_DESCRIBED, QUALITY, NOT_RECEIVED, DAMAGED, COUNTERFEIT, MISSING_PARTS, RETURN_REFUSED]" } ] }""";

    private IntakeExamples() {
    }

    /** The multipart request as documented: the JSON part and any number of photo parts. */
    static final class Form {
        public DisputeSubmission dispute;
        /** Each photo is a part of its own, named as the JSON references it (p1, p2, …). */
        public byte[] p1;
    }
}
