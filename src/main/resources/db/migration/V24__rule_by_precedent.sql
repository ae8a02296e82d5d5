-- Precedents (issue 17): on the ruling form, the past rulings of close cases, and a departure from them stated.
--
-- A case's item category comes from its item title, by keywords, in Chinese and English, checked in this order
-- (the first that matches decides): shoes, electronics, beauty, home, toys, clothing, food; anything else is
-- OTHER. Shoes come before clothing and home before clothing, so a "running shoe" or a "cotton bed set" is not
-- taken for a garment. The same title always gives the same category, so it is a generated column.
CREATE FUNCTION item_category(title text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT CASE
    WHEN title ~* '(鞋|靴|sneaker|shoe|boot)' THEN 'SHOES'
    WHEN title ~* '(手机|耳机|充电|数据线|平板|电脑|笔记本|游戏本|相机|音箱|手表|键盘|鼠标|显示器|phone|earbud|headphone|charger|laptop|tablet|camera|speaker|keyboard)' THEN 'ELECTRONICS'
    WHEN title ~* '(面霜|精华|口红|粉底|面膜|洁面|洗面奶|香水|乳液|防晒|眼影|化妆|cream|serum|lipstick|perfume|sunscreen)' THEN 'BEAUTY'
    WHEN title ~* '(沙发|椅|桌|床|柜|枕|灯|窗帘|收纳|餐具|锅|四件套|sofa|chair|table|lamp|mattress|pillow)' THEN 'HOME'
    WHEN title ~* '(玩具|积木|娃娃|公仔|手办|盲盒|模型|拼图|遥控|磁力片|过家家|toy|lego|puzzle|doll|figure)' THEN 'TOYS'
    WHEN title ~* '(大衣|外套|羽绒|T恤|衬衫|毛衣|卫衣|开衫|裤|裙|西装|夹克|风衣|coat|jacket|shirt|dress|sweater|jeans|hoodie)' THEN 'CLOTHING'
    WHEN title ~* '(零食|茶|咖啡|坚果|饼干|巧克力|奶粉|snack|coffee|chocolate)' THEN 'FOOD'
    ELSE 'OTHER'
END
$$;

ALTER TABLE disputes ADD COLUMN item_category text GENERATED ALWAYS AS (item_category(item_title)) STORED;

-- Close cases: the same reason and category, the amount within the same band (bands are ranges of amount_paid
-- in fen, arbiter.ruling.AmountBand); their rulings in effect are read through the rulings' dispute index.
CREATE INDEX disputes_precedent_idx ON disputes (reason, item_category, amount_paid);

-- The precedent an arbitrator cited (a ruling in effect of another case), and the departure: a ruling against at
-- least 80 % of at least 10 close precedents (DESIGN "Ruling") carries its written reason and counts as one.
ALTER TABLE rulings ADD COLUMN cited_precedent_id bigint REFERENCES rulings (id);
CREATE INDEX rulings_cited_precedent_idx ON rulings (cited_precedent_id);
ALTER TABLE rulings ADD COLUMN departure boolean NOT NULL DEFAULT false;
ALTER TABLE rulings ADD COLUMN departure_reason text;
ALTER TABLE rulings ADD CONSTRAINT rulings_departure_reason_check
    CHECK (NOT departure OR length(departure_reason) >= 20);
CREATE INDEX rulings_departure_idx ON rulings (ruled_at) WHERE departure;

-- Supervisors can draw a QA sample from the departures alone.
ALTER TABLE qa_samples ADD COLUMN departures_only boolean NOT NULL DEFAULT false;
