package arbiter.demo;

import java.util.List;
import java.util.Random;

import arbiter.demo.DemoPhotos.Silhouette;

/** The demo shops, what they sell, what tends to go wrong with it, and who buys it. */
final class DemoCatalog {

    /** One listing: the full title as on the order, the word people use for it in chat, its price in fen. */
    record Item(String title, String shortName, long priceFen) {
    }

    /**
     * A shop category. The tag (hang tag or seal), defects and parts feed the chat as {tag}, {defect} and
     * {part}; the palette colours the generated photos and the shape decides their silhouette.
     */
    enum Category {
        CLOTHING("吊牌", Silhouette.GARMENT,
                List.of(new Item("男士羊毛大衣 藏青 XL", "大衣", 129900),
                        new Item("女士双面羊绒大衣 驼色 M", "羊绒大衣", 529900),
                        new Item("加厚连帽羽绒服 黑色 L", "羽绒服", 89900),
                        new Item("纯棉圆领长袖T恤 白色 2件装", "T恤", 9900),
                        new Item("高腰直筒牛仔裤 浅蓝 27码", "牛仔裤", 15900),
                        new Item("针织开衫 米白 均码", "开衫", 19900),
                        new Item("真丝印花衬衫 藕粉 S", "衬衫", 45900),
                        new Item("貂绒高领毛衣 酒红 L", "毛衣", 26900)),
                List.of("起球", "开线", "掉毛", "缩水", "污渍", "掉色"),
                List.of("备用纽扣", "防尘袋", "配套腰带", "赠品袜子"),
                List.of(0x1F2A44, 0xB08A5B, 0x7A1F2B, 0x5A5F66, 0xE8E0CF)),
        ELECTRONICS("封条", Silhouette.DEVICE,
                List.of(new Item("轻薄笔记本电脑 14英寸 16G+512G 银色", "笔记本", 599900),
                        new Item("旗舰智能手机 12+256G 曜石黑", "手机", 699900),
                        new Item("游戏本 16英寸 32G+1T 独显", "游戏本", 899900),
                        new Item("降噪蓝牙耳机 入耳式 白色", "耳机", 89900),
                        new Item("平板电脑 11英寸 WiFi版 128G", "平板", 329900),
                        new Item("智能手表 运动版 46mm", "手表", 149900),
                        new Item("65W氮化镓充电器 三口", "充电器", 12900),
                        new Item("机械键盘 87键 茶轴", "键盘", 39900)),
                List.of("外壳划痕", "通电无反应", "接口松动", "严重发热", "外壳磕碰"),
                List.of("数据线", "说明书和保修卡", "赠品收纳包", "原装配件"),
                List.of(0x2B2D31, 0xC9CDD2, 0x3A4A6B, 0x8C6E54, 0xE7E9EC)),
        SHOES("吊牌", Silhouette.SHOE,
                List.of(new Item("男款复古跑步鞋 灰蓝 42码", "跑鞋", 69900),
                        new Item("女款真皮小白鞋 37码", "小白鞋", 39900),
                        new Item("高帮马丁靴 黑色 40码", "马丁靴", 59900),
                        new Item("儿童魔术贴运动鞋 粉色 30码", "童鞋", 19900),
                        new Item("实战缓震篮球鞋 44码", "篮球鞋", 129900),
                        new Item("限量联名款板鞋 收藏版 43码", "板鞋", 569900),
                        new Item("软底豆豆鞋 棕色 39码", "豆豆鞋", 25900)),
                List.of("开胶", "鞋底断裂", "鞋面褶皱", "左右脚色差", "胶水印", "刺鼻异味"),
                List.of("鞋盒", "备用鞋带", "鞋撑", "防尘袋"),
                List.of(0x4A6A8A, 0xF2F2EE, 0x1E1E1E, 0xE89AB0, 0x7B5236)),
        COSMETICS("塑封", Silhouette.BOTTLE,
                List.of(new Item("保湿修护精华液 50ml", "精华", 59900),
                        new Item("丝绒雾面口红 316号", "口红", 32000),
                        new Item("氨基酸洁面乳 120g", "洗面奶", 8900),
                        new Item("防晒隔离乳 SPF50+ 40ml", "防晒", 23900),
                        new Item("玫瑰调淡香水 100ml", "香水", 115000),
                        new Item("抗老修护面霜 礼盒装 100ml", "面霜", 586000),
                        new Item("十二色眼影盘 大地色", "眼影盘", 45900)),
                List.of("漏液", "膏体分层", "外包装破损", "气味异常", "使用痕迹"),
                List.of("小样", "赠品化妆包", "礼盒手提袋", "试用装"),
                List.of(0xD9A3A8, 0xF3E6D8, 0x9C2F45, 0xA8C3D6, 0xE7C873)),
        HOME("包装膜", Silhouette.FURNITURE,
                List.of(new Item("实木床头柜 胡桃色 两抽", "床头柜", 59900),
                        new Item("纯棉四件套 1.8m床 灰色格纹", "四件套", 39900),
                        new Item("记忆棉枕头 一对装", "枕头", 19900),
                        new Item("天然乳胶床垫 1.8×2.0m 15cm", "床垫", 529900),
                        new Item("岩板餐桌 1.4m 配四椅", "餐桌", 689900),
                        new Item("五斗收纳柜 奶油白", "收纳柜", 45900),
                        new Item("北欧陶瓷餐具 16件套", "餐具", 29900)),
                List.of("刺鼻异味", "裂痕", "磕碰掉角", "做工粗糙", "污渍"),
                List.of("配件包", "安装说明书", "保修卡", "赠品收纳袋"),
                List.of(0x7A5230, 0xEDE6DA, 0x9AA5A0, 0x5C4033, 0xC8B08A)),
        TOYS("包装封条", Silhouette.TOY,
                List.of(new Item("拼装积木 城市消防站 1200颗粒", "积木", 49900),
                        new Item("遥控越野车 1:16 四驱", "遥控车", 29900),
                        new Item("毛绒熊公仔 60cm 奶白", "公仔", 15900),
                        new Item("儿童益智磁力片 100片", "磁力片", 19900),
                        new Item("潮玩盲盒 整盒12只", "盲盒", 83900),
                        new Item("木质过家家厨房套装", "厨房玩具", 35900),
                        new Item("限定收藏手办 1/7比例", "手办", 158000),
                        new Item("限定收藏手办 1/4比例 编号版", "手办", 528000)),
                List.of("毛刺", "掉色", "异味", "零件断裂", "做工粗糙"),
                List.of("说明书", "配件包", "赠品贴纸", "电池"),
                List.of(0xF4E9D8, 0xD64541, 0x3D7EBF, 0xF2B134, 0x5BA56B));

        final String tag;
        final Silhouette silhouette;
        final List<Item> items;
        final List<String> defects;
        final List<String> parts;
        final List<Integer> palette;

        Category(String tag, Silhouette silhouette, List<Item> items, List<String> defects, List<String> parts,
                List<Integer> palette) {
            this.tag = tag;
            this.silhouette = silhouette;
            this.items = items;
            this.defects = defects;
            this.parts = parts;
            this.palette = palette;
        }
    }

    /** A demo seller; {@code weight} is its share of the cases. */
    record Shop(String id, String name, Category category, int weight) {
        String email() {
            return "service@" + id + ".example";
        }
    }

    /** shop-1 and shop-2 get the biggest shares: the demo seller accounts log in as those. */
    static final List<Shop> SHOPS = List.of(
            new Shop("shop-1", "暖冬服饰旗舰店", Category.CLOTHING, 24),
            new Shop("shop-2", "极客数码专营店", Category.ELECTRONICS, 24),
            new Shop("shop-3", "步履鞋履官方店", Category.SHOES, 13),
            new Shop("shop-4", "花间美妆小铺", Category.COSMETICS, 13),
            new Shop("shop-5", "木舍家居生活馆", Category.HOME, 13),
            new Shop("shop-6", "童趣玩具屋", Category.TOYS, 13));

    static final List<String> COURIERS = List.of("中通快递", "圆通速递", "顺丰速运", "韵达快递", "申通快递", "极兔速递", "京东物流", "邮政EMS");

    private static final List<String> NICK_NAMES = List.of("小林", "橘子", "土豆", "阿杰", "喵喵", "团子", "柚子", "小鹿", "大白", "糯米", "阿雯",
            "豆包");
    private static final List<String> NICK_HABITS = List.of("不吃香菜", "爱喝奶茶", "今天也很困", "不想上班", "在减肥", "要早睡", "想去看海", "吃饱了吗");
    private static final List<String> NICK_TRAITS = List.of("爱睡懒觉的", "会发光的", "努力搬砖的", "迷路的", "一只胖胖的", "熬夜的", "快乐的", "社恐的");

    private DemoCatalog() {
    }

    /** Playful Taobao-style nicknames, plus the occasional never-changed default one. */
    static String buyerNick(Random rnd) {
        int style = rnd.nextInt(20);
        if (style < 9) {
            return pick(rnd, NICK_NAMES) + pick(rnd, NICK_HABITS);
        }
        if (style < 17) {
            return pick(rnd, NICK_TRAITS) + pick(rnd, NICK_NAMES);
        }
        return "tb" + (10_000_000 + rnd.nextInt(90_000_000)) + "_" + (10 + rnd.nextInt(90));
    }

    static <T> T pick(Random rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
