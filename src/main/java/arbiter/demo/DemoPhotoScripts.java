package arbiter.demo;

import static arbiter.demo.DemoCatalog.pick;

import java.util.List;
import java.util.Random;

import arbiter.demo.DemoChatScripts.Facts;
import arbiter.demo.DemoPhotos.Kind;
import arbiter.dispute.DisputeReason;
import arbiter.dispute.Party;

/** Which photos each side takes in a dispute, what they say when sending them, and how they caption them. */
final class DemoPhotoScripts {

    private DemoPhotoScripts() {
    }

    /** What a party would photograph for this kind of dispute. */
    static Kind kind(Random rnd, DisputeReason reason, Party party) {
        int roll = rnd.nextInt(10);
        if (party != Party.BUYER) {
            return switch (reason) {
                case NOT_RECEIVED -> Kind.LABEL;
                case RETURN_REFUSED -> roll < 5 ? Kind.DEFECT : Kind.LABEL;
                case DAMAGED -> roll < 5 ? Kind.PARCEL : Kind.PRODUCT;
                default -> roll < 6 ? Kind.PRODUCT : Kind.LABEL;
            };
        }
        return switch (reason) {
            case NOT_AS_DESCRIBED, COUNTERFEIT -> roll < 6 ? Kind.PRODUCT : Kind.DEFECT;
            case QUALITY -> Kind.DEFECT;
            case NOT_RECEIVED -> Kind.LABEL;
            case DAMAGED -> roll < 5 ? Kind.PARCEL : Kind.DEFECT;
            case MISSING_PARTS -> roll < 5 ? Kind.PRODUCT : Kind.PARCEL;
            case RETURN_REFUSED -> roll < 6 ? Kind.LABEL : Kind.PRODUCT;
        };
    }

    /** A short evidence caption for a photo of {@code kind} submitted by {@code party}. */
    static String caption(Random rnd, Kind kind, Party party, Facts facts) {
        List<String> pool = party == Party.BUYER
                ? switch (kind) {
                    case PRODUCT -> facts.reason() == DisputeReason.RETURN_REFUSED
                            ? List.of("寄回前拍的商品照片", "退货打包前的实物")
                            : List.of("收到的{item}全貌", "自然光下的实物照片", "实物与详情页主图对比", "收到的全部物品平铺");
                    case DEFECT -> List.of("{defect}特写", "问题部位细节图", "收到时{defect}的情况", "放大后的瑕疵位置");
                    case LABEL -> facts.reason() == DisputeReason.RETURN_REFUSED
                            ? List.of("退货寄件底单", "退货物流单号", "退货面单照片")
                            : List.of("驿站签收底单", "快递底单照片", "底单上的签收信息");
                    case PARCEL -> List.of("外箱破损照片", "快递箱被压扁的样子", "开箱时的包装状态", "外包装封口");
                }
                : switch (kind) {
                    case PRODUCT -> List.of("发货前质检实拍", "仓库打包照片", "出库前实物照片");
                    case DEFECT -> List.of("退回商品的使用痕迹", "仓库验收时拍的细节");
                    case LABEL -> List.of("发货面单", "出库称重记录", "物流签收底单");
                    case PARCEL -> List.of("出库加固包装照片", "打包完成后的外箱");
                };
        return facts.fill(pick(rnd, pool));
    }

    /** The words sent along with a photo in the chat. */
    static String chatText(Random rnd, Kind kind, Party party, DisputeReason reason) {
        List<String> pool = party == Party.BUYER
                ? switch (kind) {
                    case PRODUCT -> reason == DisputeReason.RETURN_REFUSED
                            ? List.of("这是寄回之前拍的，完好无损", "打包前我拍过照，你自己看")
                            : List.of("给你拍了照片，自己看", "刚拍的实物，没有任何滤镜", "你看看这是一个东西吗");
                    case DEFECT -> List.of("细节图，你放大看看", "这就是有问题的地方", "看这张就明白了");
                    case LABEL -> reason == DisputeReason.RETURN_REFUSED
                            ? List.of("这是退货的寄件底单", "退货单号在这，你自己查")
                            : List.of("驿站给我看的底单，签名根本不是我", "底单我拍下来了，你自己看");
                    case PARCEL -> List.of("这是收到时箱子的样子", "外箱照片发你了", "你看看这箱子");
                }
                : switch (kind) {
                    case PRODUCT -> List.of("亲，这是我们发货前拍的实物图，是完好的哦", "亲，这是仓库出库时的照片，您看一下");
                    case DEFECT -> List.of("这是仓库验收时拍的，您看这里的痕迹", "亲，退回来的商品是这样的");
                    case LABEL -> List.of("这是当时发货的面单和称重记录", "亲，物流底单给您发过来了");
                    case PARCEL -> List.of("亲，我们出库时都是这样加固包装的", "这是打包完成后的外箱照片");
                };
        return pick(rnd, pool);
    }
}
