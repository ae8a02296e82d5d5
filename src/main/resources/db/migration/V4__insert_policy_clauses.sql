-- The first version of the policy clauses a ruling may cite. A revised clause is a new version row;
-- an old version is deactivated, never edited, so every ruling keeps the wording it cited.
INSERT INTO policy_clauses (code, version, title_en, title_zh) VALUES
    ('DESC-1',  1, 'Item not as described in the listing',                '商品与描述不符'),
    ('QUAL-1',  1, 'Quality defect present on delivery',                  '商品存在质量问题'),
    ('DELIV-1', 1, 'Item not received by the buyer',                      '买家未收到货'),
    ('DMG-1',   1, 'Item damaged in transit',                             '商品运输途中损坏'),
    ('FAKE-1',  1, 'Counterfeit or unauthorised goods',                   '假冒或未经授权的商品'),
    ('PART-1',  1, 'Parts or accessories missing from the shipment',      '少件、漏发配件'),
    ('RET-1',   1, 'Seller refused a return the buyer was entitled to',   '卖家拒绝履行应尽的退换货义务'),
    ('BUY-1',   1, 'Buyer''s claim not supported by the evidence',        '买家举证不足'),
    ('BUY-2',   1, 'Damage caused after delivery',                        '签收后人为损坏');
