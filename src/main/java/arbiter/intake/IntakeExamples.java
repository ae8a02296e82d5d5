package arbiter.intake;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    /** The whole multipart request as the schema {@code DisputeUpload} reads it: the JSON part and two photo parts. */
    static final String UPLOAD = "{ \"dispute\": " + DISPUTE
            + ",\n  \"p1\": \"(the bytes of a JPEG)\", \"p2\": \"(the bytes of a PNG)\" }";

    static final String RECEIPT = """
            { "id": 1050, "caseNo": "AR-2026-0000201", "status": "ESCALATED" }""";

    static final String WITHDRAWAL = """
            { "reason": "SETTLED", "note": "卖家已退款，买家撤诉。", "withdrawnAt": "2026-11-12T20:13:01+08:00" }""";

    static final String STATE_ESCALATED = """
            { "id": 1050, "caseNo": "AR-2026-0000201", "externalId": "TB-RF-2026-000123", "status": "ESCALATED",
              "outcome": null, "refundAmount": null, "currency": null, "refundState": null,
              "evidenceRequests": [],
              "submissions": [ { "party": "BUYER", "submittedAt": "2026-11-12T12:13:01Z", "statement": null,
                "photos": [ { "sha256": "9f2c1d0e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6", "caption": "面料起球特写" } ] } ] }""";

    static final String STATE_RULED = """
            { "id": 1050, "caseNo": "AR-2026-0000201", "externalId": "TB-RF-2026-000123", "status": "RULED",
              "outcome": "PARTIAL_REFUND", "refundAmount": 30000, "currency": "CNY", "refundState": "CONFIRMED",
              "evidenceRequests": [ { "party": "SELLER", "note": "请提供发货前的商品实拍图。",
                "requestedAt": "2026-11-13T02:00:00Z", "dueAt": "2026-11-16T02:00:00Z",
                "answeredAt": "2026-11-14T08:30:00Z", "closedAt": "2026-11-14T08:30:00Z" } ],
              "submissions": [
                { "party": "BUYER", "submittedAt": "2026-11-12T12:13:01Z", "statement": null,
                  "photos": [ { "sha256": "9f2c1d0e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6", "caption": "面料起球特写" } ] },
                { "party": "SELLER", "submittedAt": "2026-11-14T08:30:00Z", "statement": "发货前已检查，附发货实拍。",
                  "photos": [ { "sha256": "1b7e0c9d8a7f6e5d4c3b2a1908f7e6d5c4b3a2918070f6e5d4c3b2a1908f7e6d", "caption": null } ] } ] }""";

    static final String WITHDRAWN = """
            { "id": 1050, "caseNo": "AR-2026-0000201", "status": "WITHDRAWN" }""";

    static final String PROBLEM = """
            { "type": "urn:arbiter:problem:invalid-dispute", "title": "Bad Request", "status": 400,
              "detail": "2 field(s) of the request are invalid; nothing was stored",
              "errors": [ { "field": "order.amountPaid", "message": "must be greater than 0" },
                          { "field": "reason", "message": "must be one of [NOT_AS_DESCRIBED, QUALITY, NOT_RECEIVED, DAMAGED, COUNTERFEIT, MISSING_PARTS, RETURN_REFUSED]" } ] }""";

    static final String CONFLICT = """
            { "type": "urn:arbiter:problem:conflicting-resubmission", "title": "Conflict", "status": 409,
              "detail": "externalId TB-RF-2026-000123 was submitted before with other content; the first submission stands",
              "errors": [] }""";

    static final String PHOTO_TOO_LARGE = """
            { "type": "urn:arbiter:problem:photo-too-large", "title": "Request Entity Too Large", "status": 413,
              "detail": "A photo part was refused; nothing was stored",
              "errors": [ { "field": "p2", "message": "50000 × 50000 pixels is over the limit of 40000000" } ] }""";

    static final String UNSUPPORTED_PHOTO = """
            { "type": "urn:arbiter:problem:unsupported-photo", "title": "Unsupported Media Type", "status": 415,
              "detail": "A photo part was refused; nothing was stored",
              "errors": [ { "field": "p2", "message": "not a JPEG, PNG or WebP image" } ] }""";

    static final String NOT_FOUND = """
            { "type": "urn:arbiter:problem:not-found", "title": "Not Found", "status": 404,
              "detail": "No dispute with id 999999999", "errors": [] }""";

    static final String NOT_FOUND_BY_EXTERNAL_ID = """
            { "type": "urn:arbiter:problem:not-found", "title": "Not Found", "status": 404,
              "detail": "No dispute with externalId \\"TB-RF-2026-999999\\"", "errors": [] }""";

    static final String INVALID_WITHDRAWAL = """
            { "type": "urn:arbiter:problem:invalid-withdrawal", "title": "Bad Request", "status": 400,
              "detail": "1 field(s) of the withdrawal are invalid; nothing changed",
              "errors": [ { "field": "reason", "message": "must be one of [SETTLED, BUYER_CANCELLED, DUPLICATE, OTHER]" } ] }""";

    static final String NOT_WITHDRAWABLE = """
            { "type": "urn:arbiter:problem:not-withdrawable", "title": "Conflict", "status": 409,
              "detail": "The case is RULED: a case that is ruled, or whose ruling awaits approval, cannot be withdrawn; nothing changed",
              "errors": [] }""";

    static final String EVENTS = """
            { "events": [
                { "cursor": "812345-1041", "id": "0b6f7c1e-3a52-4d8e-9f10-5c2b7a9d4e61", "type": "EVIDENCE_REQUESTED",
                  "disputeId": 1050, "externalId": "TB-RF-2026-000123", "sequence": 2, "occurredAt": "2026-11-13T02:00:00Z",
                  "data": { "party": "SELLER", "dueAt": "2026-11-16T02:00:00Z" } },
                { "cursor": "812377-1042", "id": "7d3e9a40-1c6b-4f2a-8e57-0a9b3c4d5e6f", "type": "RULED",
                  "disputeId": 1050, "externalId": "TB-RF-2026-000123", "sequence": 4, "occurredAt": "2026-11-14T09:00:00Z",
                  "data": { "outcome": "PARTIAL_REFUND", "refund": { "amount": 30000, "currency": "CNY" },
                            "responsibleParty": "SELLER", "penaltyGrade": "MINOR", "clause": "DESC-1/1" } } ],
              "next": "812377-1042" }""";

    static final String MALFORMED_CURSOR = """
            { "type": "urn:arbiter:problem:malformed-cursor", "title": "Bad Request", "status": 400,
              "detail": "Not a cursor of this feed: yesterday", "errors": [] }""";

    static final String INVALID_LIMIT = """
            { "type": "urn:arbiter:problem:invalid-limit", "title": "Bad Request", "status": 400,
              "detail": "limit must be a whole number from 1 to 1000", "errors": [] }""";

    private IntakeExamples() {
    }

    /**
     * The multipart request as documented: the JSON part {@code dispute} and any number of photo parts, each named as
     * the JSON references it ({@code p1}, {@code p2}, …).
     */
    @Schema(name = "DisputeUpload", description = "The part dispute (application/json) and one part per photo, named as "
            + "the JSON references it (p1, p2, ...)", requiredProperties = "dispute", additionalProperties = PhotoPart.class)
    static final class Form {
        public DisputeSubmission dispute;
    }

    /** One photo part: a JPEG, PNG or WebP file by its bytes, at most 10 MiB and 40 megapixels. */
    @Schema(name = "PhotoPart", type = SchemaType.STRING, format = "binary", description = "A JPEG, PNG or WebP "
            + "photo by its bytes (its name and declared type are not trusted), at most 10 MiB and 40 megapixels")
    static final class PhotoPart {
    }
}
