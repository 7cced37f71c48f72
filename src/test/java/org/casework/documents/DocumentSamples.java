package org.casework.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.documents.forms.ClosingApprovalData;
import org.casework.documents.forms.CollectiveDiscussionData;
import org.casework.documents.forms.FilingApprovalData;
import org.casework.documents.forms.FollowUpData;
import org.casework.documents.forms.HearingNoticeData;
import org.casework.documents.forms.HearingRecordData;
import org.casework.documents.forms.HearingRightsNoticeData;
import org.casework.documents.forms.IntakeRegisterData;
import org.casework.documents.forms.LegalReviewData;
import org.casework.documents.forms.MediationAgreementData;
import org.casework.documents.forms.MediationApplicationData;
import org.casework.documents.forms.MediationRecordData;
import org.casework.documents.forms.OnTheSpotDecisionData;
import org.casework.documents.forms.PartyInfo;
import org.casework.documents.forms.PenaltyDecisionData;
import org.casework.documents.forms.PenaltyItem;
import org.casework.documents.forms.PriorNoticeData;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.documents.forms.ServiceReceiptData;
import org.casework.documents.forms.Statement;

/** One filled form per document type, with phrases the rendered document must contain. */
final class DocumentSamples {

    record Sample(DocumentData form, List<String> expected) {
    }

    static final PartyInfo SHOP = PartyInfo.organisation("滨湖新区鑫源餐饮有限公司", "91320599MA1XYZ1234",
            "陈国栋", "滨湖新区东湖街道湖滨路88号", "0510-85551234");
    static final PartyInfo VENDOR = PartyInfo.person("王小川", "320599198805061234", "滨湖新区东湖街道柳巷12号", "13800001111");
    static final PartyInfo NEIGHBOUR_A = PartyInfo.person("赵德明", "320599196203150011", "滨湖新区东湖街道和平里3幢101室", "13900002222");
    static final PartyInfo NEIGHBOUR_B = PartyInfo.person("钱秀英", "320599197011230027", "滨湖新区东湖街道和平里3幢201室", "13900003333");
    static final String REVIEW_BODY = "滨湖新区人民政府";
    static final String COURT = "滨湖新区人民法院";
    static final String BANK = "中国农业银行滨湖支行非税收入汇缴专户（账号 10650101040012345）";

    private DocumentSamples() {
    }

    static List<Sample> all() {
        return List.of(filing(), priorNotice(), hearingRights(), hearingNotice(), hearingRecord(), legalReview(),
                collectiveDiscussion(), penaltyDecision(), onTheSpot(), serviceReceipt(), closing(),
                mediationApplication(), intake(), rightsNotice(), mediationRecord(), agreement(), followUp());
    }

    static Sample filing() {
        return new Sample(new FilingApprovalData("擅自占用城市道路摆摊经营", "日常巡查", SHOP, LocalDate.of(2024, 3, 4),
                "当事人在湖滨路88号门前占用人行道设置餐桌经营，经劝阻未改正。", "《城市市容和环境卫生管理条例》第十七条第一款",
                List.of("李明（执法证号32059900101）", "赵强（执法证号32059900102）"), "建议立案调查。", "同意。", "同意立案。"),
                List.of("立案审批表", "滨湖新区鑫源餐饮有限公司", "擅自占用城市道路摆摊经营", "李明", "赵强", "同意立案"));
    }

    static Sample priorNotice() {
        return new Sample(new PriorNoticeData(SHOP, "你单位于2024年3月4日在湖滨路88号门前占用人行道设置餐桌12张进行经营",
                "现场检查笔录、照片、询问笔录", "《城市市容和环境卫生管理条例》第十七条第一款", "《城市市容和环境卫生管理条例》第三十六条",
                "罚款人民币伍仟元整（¥5,000.00）", 5, true, 5, "李明", "0510-85550001", "滨湖新区东湖街道办事处执法队"),
                List.of("行政处罚事先告知书", "滨湖新区鑫源餐饮有限公司", "陈述、申辩", "五个工作日", "要求举行听证", "人民币伍仟元整"));
    }

    static Sample hearingRights() {
        return new Sample(new HearingRightsNoticeData(SHOP, "你单位未经批准擅自搭建彩钢板棚屋约60平方米",
                "《城乡规划法》第四十条", "《城乡规划法》第六十四条", "罚款人民币伍万贰仟捌佰元整（¥52,800.00）", 5, "李明", "0510-85550001"),
                List.of("听证告知书", "滨湖新区鑫源餐饮有限公司", "人民币伍万贰仟捌佰元整", "要求举行听证的权利"));
    }

    static Sample hearingNotice() {
        return new Sample(new HearingNoticeData(SHOP, "擅自搭建建筑物", LocalDateTime.of(2024, 4, 12, 9, 30), "东湖街道办事处三楼会议室",
                "孙丽", List.of("陈静"), "何雪", true, null, "李明", "0510-85550001"),
                List.of("听证通知书", "滨湖新区鑫源餐饮有限公司", "2024年4月12日9时30分", "孙丽", "委托一至二人代理", "申请回避"));
    }

    static Sample hearingRecord() {
        return new Sample(new HearingRecordData("擅自搭建建筑物", LocalDateTime.of(2024, 4, 12, 9, 30),
                LocalDateTime.of(2024, 4, 12, 11, 0), "东湖街道办事处三楼会议室", true, "孙丽", List.of("陈静"), "何雪",
                List.of("李明", "赵强"), SHOP, "张律师（江苏滨湖律师事务所）",
                List.of(new Statement("主持人", "现在开始听证，请调查人员陈述案件事实、证据和处罚建议。"),
                        new Statement("调查人员李明", "当事人擅自搭建彩钢板棚屋约60平方米，有现场勘验笔录为证。"),
                        new Statement("当事人陈国栋", "棚屋系临时搭建，已于4月10日自行拆除一半，请求从轻处罚。"))),
                List.of("听证笔录", "滨湖新区鑫源餐饮有限公司", "孙丽", "何雪", "请求从轻处罚", "拒绝签字"));
    }

    static Sample legalReview() {
        return new Sample(new LegalReviewData("擅自搭建建筑物", "滨湖新区鑫源餐饮有限公司", List.of("李明", "赵强"),
                LocalDate.of(2024, 4, 15), "罚款人民币伍万贰仟捌佰元整",
                List.of(new LegalReviewData.Finding("执法主体", "本机关具有管辖权，执法人员持证执法"),
                        new LegalReviewData.Finding("事实和证据", "事实清楚，证据确凿"),
                        new LegalReviewData.Finding("法律适用", "适用法律正确"),
                        new LegalReviewData.Finding("程序", "程序合法"),
                        new LegalReviewData.Finding("裁量", "处罚幅度适当")),
                ReviewConclusion.AGREE, null, "陈静"),
                List.of("法制审核意见书", "滨湖新区鑫源餐饮有限公司", "事实清楚，证据确凿", "经审核，同意", "陈静"));
    }

    static Sample collectiveDiscussion() {
        return new Sample(new CollectiveDiscussionData("擅自搭建建筑物", "滨湖新区鑫源餐饮有限公司", LocalDateTime.of(2024, 4, 18, 14, 0),
                "东湖街道办事处党工委会议室", "刘洋", "何雪", List.of("刘洋", "孙丽", "陈静", "李明"), "李明",
                "当事人擅自搭建彩钢板棚屋约60平方米，经听证后部分拆除，承办人建议罚款人民币伍万贰仟捌佰元。",
                List.of(new Statement("孙丽", "同意承办人意见。"), new Statement("陈静", "法制审核已通过，同意。")),
                "对当事人处以罚款人民币伍万贰仟捌佰元整，并责令限期拆除剩余部分。"),
                List.of("集体讨论记录", "滨湖新区鑫源餐饮有限公司", "刘洋", "讨论决定", "限期拆除"));
    }

    static Sample penaltyDecision() {
        return new Sample(new PenaltyDecisionData(SHOP, "你单位于2024年3月在湖滨路88号未经批准擅自搭建彩钢板棚屋约60平方米",
                "现场勘验笔录、询问笔录、照片、测量记录", "你单位提出陈述、申辩并要求听证，本机关于2024年4月12日举行听证，对部分拆除的情节予以采纳。",
                "《中华人民共和国城乡规划法》第四十条第一款", "《中华人民共和国城乡规划法》第六十四条",
                List.of(PenaltyItem.fine(new BigDecimal("52800")), new PenaltyItem("责令限期拆除", "于2024年5月31日前拆除剩余违法建筑", null)),
                15, BANK, REVIEW_BODY, COURT, LocalDate.of(2024, 4, 20)),
                List.of("行政处罚决定书", "滨湖新区鑫源餐饮有限公司", "滨湖新区东湖街道湖滨路88号", "人民币伍万贰仟捌佰元整", "52,800.00",
                        "十五日内", "百分之三", "六十日内", "六个月内", REVIEW_BODY, COURT, "二〇二四年四月二十日"));
    }

    static Sample onTheSpot() {
        return new Sample(new OnTheSpotDecisionData(VENDOR, LocalDateTime.of(2024, 2, 4, 10, 15), "湖滨路与柳巷交叉口",
                "流动设摊占道经营水果", "《城市市容和环境卫生管理条例》第十七条", "《城市市容和环境卫生管理条例》第三十六条",
                new BigDecimal("50"), true, false, null, List.of("李明（执法证号32059900101）", "赵强（执法证号32059900102）"),
                REVIEW_BODY, COURT),
                List.of("当场行政处罚决定书", "王小川", "人民币伍拾元整", "当场收缴", "李明", "备案"));
    }

    static Sample serviceReceipt() {
        return new Sample(new ServiceReceiptData("擅自搭建建筑物", "滨湖新区鑫源餐饮有限公司", "滨湖新区东湖街道湖滨路88号",
                List.of(new ServiceReceiptData.ServedDocument("行政处罚决定书", "东街罚决字〔2024〕第12号")), "直接送达", false,
                LocalDateTime.of(2024, 4, 22, 15, 0), List.of("李明", "赵强"), null, null),
                List.of("送达回证", "滨湖新区鑫源餐饮有限公司", "东街罚决字〔2024〕第12号", "直接送达", "受送达人"));
    }

    static Sample closing() {
        return new Sample(new ClosingApprovalData("擅自搭建建筑物", "东街执〔2024〕15号", "滨湖新区鑫源餐饮有限公司",
                LocalDate.of(2024, 3, 5), "东街罚决字〔2024〕第12号", "罚款人民币伍万贰仟捌佰元整，责令限期拆除",
                "罚款已于2024年5月6日缴清，违法建筑已于2024年5月30日拆除", "执行完毕", List.of("李明", "赵强"), "建议结案。", "同意结案。"),
                List.of("结案审批表", "滨湖新区鑫源餐饮有限公司", "执行完毕", "同意结案"));
    }

    static Sample mediationApplication() {
        return new Sample(new MediationApplicationData(NEIGHBOUR_A, List.of(NEIGHBOUR_B), "邻里纠纷",
                "请求调解楼上漏水造成的损失赔偿。", "2024年1月起，被申请人家卫生间漏水，致申请人家天花板霉变脱落，多次协商未果。",
                "东湖街道人民调解委员会", LocalDate.of(2024, 2, 26)),
                List.of("调解申请书", "赵德明", "钱秀英", "漏水", "东湖街道人民调解委员会"));
    }

    static Sample intake() {
        return new Sample(new IntakeRegisterData("申请", null, "邻里纠纷", List.of(NEIGHBOUR_A, NEIGHBOUR_B),
                "楼上卫生间漏水致楼下天花板受损，双方就赔偿金额发生争议。", LocalDate.of(2024, 2, 26), "郑芳", null, List.of("郑芳")),
                List.of("受理登记表", "赵德明", "钱秀英", "邻里纠纷", "予以受理"));
    }

    static Sample rightsNotice() {
        return new Sample(new org.casework.documents.forms.RightsNoticeData(List.of("赵德明", "钱秀英")),
                List.of("人民调解权利义务告知书", "赵德明", "钱秀英", "选择或者接受人民调解员", "如实陈述纠纷事实", "司法确认"));
    }

    static Sample mediationRecord() {
        return new Sample(new MediationRecordData("赵德明与钱秀英漏水损害赔偿纠纷", LocalDateTime.of(2024, 2, 28, 9, 0),
                "东湖街道人民调解委员会调解室", List.of("郑芳"), "何雪", List.of("赵德明", "钱秀英"), null,
                List.of(new Statement("调解员", "请双方陈述各自意见。"), new Statement("赵德明", "要求赔偿维修费3000元。"),
                        new Statement("钱秀英", "同意维修防水，赔偿金额希望协商。")),
                "双方同意由钱秀英负责修复防水并赔偿赵德明维修费2000元。"),
                List.of("调解笔录", "赵德明", "钱秀英", "郑芳", "赔偿赵德明维修费2000元"));
    }

    static Sample agreement() {
        return new Sample(new MediationAgreementData(List.of(NEIGHBOUR_A, NEIGHBOUR_B),
                "2024年1月起，乙方卫生间漏水，致甲方天花板霉变脱落。", "漏水修复及甲方损失的赔偿。",
                "乙方对漏水负有全部责任。", List.of("乙方于2024年3月10日前请有资质的施工单位修复卫生间防水。", "乙方赔偿甲方天花板维修费人民币贰仟元整（¥2,000.00）。"),
                "乙方通过银行转账一次性支付甲方", LocalDate.of(2024, 3, 10), List.of("郑芳")),
                List.of("调解协议书", "赵德明", "钱秀英", "320599196203150011", "乙方对漏水负有全部责任", "2024年3月10日前",
                        "人民调解委员会印章之日起生效", "一式三份", "三十日内共同向人民法院申请司法确认", "郑芳"));
    }

    static Sample followUp() {
        return new Sample(new FollowUpData("赵德明与钱秀英漏水损害赔偿纠纷", "东调调协字〔2024〕第3号", LocalDate.of(2024, 3, 15),
                "上门回访", "郑芳", "赵德明、钱秀英", "防水已修复，赔偿款已于3月8日支付", "满意", false, null, null),
                List.of("回访记录", "赵德明", "东调调协字〔2024〕第3号", "防水已修复", "满意"));
    }
}
