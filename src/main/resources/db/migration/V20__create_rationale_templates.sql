-- Rationale templates (issue 16, "Templates"): a starting text for a ruling's rationale, per dispute reason and clause
-- (either may be left open), in Chinese or English, with placeholders filled from the case ({orderNo}, {amountPaid},
-- {refund}, {deliveredAt}, {shopName} ...). Supervisors write and retire them; each change is a new version row, and a
-- ruling records the version its rationale started from.
CREATE SEQUENCE rationale_template_seq;

CREATE TABLE rationale_templates (
    id          bigint      NOT NULL,
    version     int         NOT NULL CHECK (version > 0),
    reason      text        CHECK (reason IN ('NOT_AS_DESCRIBED', 'QUALITY', 'NOT_RECEIVED', 'DAMAGED', 'COUNTERFEIT',
                                              'MISSING_PARTS', 'RETURN_REFUSED')),
    clause_code text,
    language    text        NOT NULL CHECK (language IN ('zh', 'en')),
    title       text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body        text        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    active      boolean     NOT NULL,
    written_by  text        NOT NULL,
    written_at  timestamptz NOT NULL,
    PRIMARY KEY (id, version)
);
-- One version of a template is offered at a time.
CREATE UNIQUE INDEX rationale_templates_one_active_idx ON rationale_templates (id) WHERE active;

ALTER TABLE rulings
    ADD COLUMN template_id      bigint,
    ADD COLUMN template_version int,
    ADD FOREIGN KEY (template_id, template_version) REFERENCES rationale_templates (id, version),
    ADD CHECK ((template_id IS NULL) = (template_version IS NULL));
CREATE INDEX rulings_template_idx ON rulings (template_id, template_version) WHERE template_id IS NOT NULL;

-- The first templates: the common rulings, in both languages.
INSERT INTO rationale_templates (id, version, reason, clause_code, language, title, body, active, written_by, written_at)
VALUES
  (nextval('rationale_template_seq'), 1, 'NOT_AS_DESCRIBED', 'DESC-1', 'zh', '描述不符，支持退款',
   '经核查，订单 {orderNo}（{itemTitle}）于 {deliveredAt} 签收。买家提供的照片与聊天记录显示，商品与 {shopName} 的商品描述不符。依据规则条款，支持买家退款申请，退款金额 {refund}（实付 {amountPaid}）。', true, 'policy', now()),
  (nextval('rationale_template_seq'), 1, 'NOT_AS_DESCRIBED', 'DESC-1', 'en', 'Not as described: refund',
   'Order {orderNo} ({itemTitle}) was delivered on {deliveredAt}. The buyer''s photos and the chat show that the item does not match {shopName}''s listing. Under the clause cited, the buyer''s claim is upheld with a refund of {refund} (paid {amountPaid}).', true, 'policy', now()),
  (nextval('rationale_template_seq'), 1, 'QUALITY', 'QUAL-1', 'zh', '质量问题，支持退款',
   '订单 {orderNo}（{itemTitle}）于 {deliveredAt} 签收。买家提供的特写照片显示商品存在质量问题，{shopName} 未能提供相反证据。依据规则条款，支持退款 {refund}。', true, 'policy', now()),
  (nextval('rationale_template_seq'), 1, 'QUALITY', 'QUAL-1', 'en', 'Quality defect: refund',
   'Order {orderNo} ({itemTitle}) was delivered on {deliveredAt}. The buyer''s close-up photos show a defect, and {shopName} gave no evidence to the contrary. Under the clause cited, a refund of {refund} is granted.', true, 'policy', now()),
  (nextval('rationale_template_seq'), 1, 'NOT_RECEIVED', 'DELIV-1', 'zh', '未收到货，支持退款',
   '订单 {orderNo} 的物流信息未显示买家签收，{shopName} 未提供有效的签收证明。依据规则条款，支持全额退款 {refund}。', true, 'policy', now()),
  (nextval('rationale_template_seq'), 1, 'NOT_RECEIVED', 'DELIV-1', 'en', 'Not received: refund',
   'The tracking of order {orderNo} shows no delivery to the buyer, and {shopName} gave no valid proof of delivery. Under the clause cited, a full refund of {refund} is granted.', true, 'policy', now()),
  (nextval('rationale_template_seq'), 1, NULL, 'BUY-1', 'zh', '举证不足，驳回申请',
   '买家就订单 {orderNo}（{itemTitle}）提出的申请，现有照片与聊天记录不足以证明其主张。依据规则条款，驳回退款申请。', true, 'policy', now()),
  (nextval('rationale_template_seq'), 1, NULL, 'BUY-1', 'en', 'Claim not proven: rejected',
   'The buyer''s photos and the chat do not support the claim on order {orderNo} ({itemTitle}). Under the clause cited, the claim is rejected.', true, 'policy', now());
