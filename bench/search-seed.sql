-- bench/search.sh's million disputes: bench/queue-seed.sql's cases, then texts as a marketplace's disputes read, so
-- the word indexes hold what they would hold: shop names, buyers' nicks, item titles and statements in Chinese and
-- English, and 3,000,000 chat lines drawn from the phrases buyers and sellers write (about 70 % Chinese). Run once
-- on an empty, migrated database (bench/million-disputes.sh does it when the disputes are missing). The word indexes
-- of V21 are dropped while the rows are written and built again at the end, as a bulk load would; the statements
-- that build them are V21's.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET maintenance_work_mem = '1GB';

DROP INDEX disputes_words_idx, shops_words_idx, chat_messages_words_idx, evidence_items_words_idx,
           party_statements_words_idx, case_notes_words_idx;

\ir queue-seed.sql

BEGIN;

-- Shops named as shops are: a trade, a number, a kind of shop.
UPDATE shops SET name = (ARRAY['暖冬服饰', '极客数码', '优品家居', '萌宝母婴', '鲜果生活', '运动先锋', '美妆小铺',
                               'Urban Outfit', 'Home Goods', 'Tech Corner'])[1 + n % 10]
                        || n || (ARRAY['旗舰店', '专营店', '专卖店', ' Store'])[1 + n % 4]
FROM (SELECT id AS shop, substring(id FROM 12)::int AS n FROM shops WHERE id LIKE 'bench-shop-%') s
WHERE shops.id = s.shop;

-- Items, buyers and statements: a few hundred titles and statements, repeated as real ones are.
UPDATE disputes d SET
    item_title = (ARRAY['男士羊毛大衣 藏青 XL', '女士羽绒服 白色 M', '无线蓝牙耳机 降噪版', '儿童保温杯 500ml',
                        '实木书桌 1.2米', '智能手表 运动版', '纯棉四件套 1.8m床', '跑步鞋 男款 42码',
                        'Wireless charger 15W', 'Stainless steel pan 28cm', 'Cotton T-shirt black L',
                        'USB-C cable 2m'])[1 + d.id % 12] || ' ' || (d.id % 97),
    buyer_nick = (ARRAY['小林', '阿杰', '晴天', '木子', 'Lucy', 'Tom', '糖糖', '大熊'])[1 + d.id % 8]
                 || (ARRAY['不吃香菜', '爱旅行', '在路上', '_2024', '的小店', 'zz', '宝贝'])[1 + d.id % 7] || d.id % 1000,
    buyer_statement = (ARRAY['收到的大衣颜色和图片严重不符，面料起球。',
                             '耳机左边没有声音，联系卖家一直不处理。',
                             '快递显示签收但我没有收到包裹。',
                             '商品有明显划痕，包装破损。',
                             '怀疑是假货，做工和专柜差别很大。',
                             '少发了配件，说明书也没有。',
                             '申请退货后卖家拒绝收货。',
                             'The item arrived broken and the seller refuses a refund.',
                             'The colour is completely different from the photos.',
                             'I never received the parcel although it shows as delivered.'])[1 + d.id % 10]
WHERE d.id <= 1000000;

-- The chat: each line one or two phrases of its sender's side.
DELETE FROM chat_messages WHERE dispute_id <= 1000000;
INSERT INTO chat_messages (id, dispute_id, position, sent_at, sender, body)
SELECT (d - 1) * 3 + p, d, p, now() - interval '20 days' + p * interval '10 minutes',
       (ARRAY['BUYER', 'SELLER', 'BUYER'])[p],
       CASE WHEN p = 2
            THEN (ARRAY['亲，色差是正常的哦，不同显示器显示效果不一样', '亲，我们发货前都检查过的',
                        '亲，已经反馈给售后主管了，请您稍等', '亲，麻烦您提供一下商品照片',
                        '亲，这个需要主管审批，请耐心等待一下', '亲，稍等，我去仓库那边问一下',
                        '亲，可以给您补发配件', '亲，按照平台规则我们只能这样处理哦',
                        'Sorry for the trouble, we checked the parcel before shipping.',
                        'Please send us a photo of the damage so we can help.',
                        'We can offer a partial refund of 20 yuan.',
                        'The courier confirmed the parcel was delivered to the locker.'])[1 + (d * 7 + p) % 12]
                 || CASE WHEN d % 3 = 0 THEN '' ELSE (ARRAY['，谢谢理解', ' 请您见谅', ' Thanks.', '～'])[1 + d % 4] END
            ELSE (ARRAY['你好，衣服颜色不对，和图片差别很大', '在吗？怎么不回消息了', '收到的东西有色差，我要退货',
                        '面料起球很严重，穿了一次就这样', '快递一直没有更新物流信息', '包装破了，里面的东西也坏了',
                        '我要的不是道歉，是解决问题', '照片已经拍得很清楚了', '说好的七天无理由退货呢',
                        '耳机充不进电，换了充电线也不行', '配件少了一个，说明书也没有', '我已经申请小二介入了',
                        'Hello, the parcel arrived damaged.', 'The size is wrong, I ordered XL.',
                        'Where is my refund? It has been a week.', 'The screen has a scratch on the left side.',
                        'I want to return it, the colour is wrong.', 'Nobody answers my messages.'])[1 + (d * 13 + p * 5) % 18]
                 || CASE WHEN d % 4 = 0 THEN '' ELSE (ARRAY['！', '？', ' please', '，请尽快处理', '。'])[1 + (d + p) % 5] END
       END
FROM generate_series(1, 1000000) d, generate_series(1, 3) p;
-- A rare word: one buyer in 5,000 lost the receipt (200 lines).
UPDATE chat_messages SET body = body || ' 小票丢失了' WHERE dispute_id % 5000 = 0 AND position = 1;

COMMIT;

VACUUM FULL disputes;
VACUUM FULL chat_messages;
VACUUM FULL shops;

-- V21's word indexes, built over the whole data at once.
CREATE INDEX disputes_words_idx ON disputes
    USING gin (search_tokens(buyer_nick || E'\x1f' || item_title || E'\x1f' || buyer_statement));
CREATE INDEX shops_words_idx ON shops USING gin (search_tokens(name));
CREATE INDEX chat_messages_words_idx ON chat_messages USING gin (search_tokens(body));
CREATE INDEX evidence_items_words_idx ON evidence_items USING gin (search_tokens(caption)) WHERE caption IS NOT NULL;
CREATE INDEX party_statements_words_idx ON party_statements USING gin (search_tokens(body));
CREATE INDEX case_notes_words_idx ON case_notes USING gin (search_tokens(body));
ALTER INDEX disputes_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX shops_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX chat_messages_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX evidence_items_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX party_statements_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX case_notes_words_idx ALTER COLUMN 1 SET STATISTICS 1000;

ANALYZE;
