package org.casework.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.casework.ledger.LedgerColumn;
import org.casework.ledger.LedgerSheet;

/**
 * Two full years (2024 and 2025) of the demo district's records, written as ledger rows
 * (spec/ledger-import.md) so that they go in through the ledger import and obey the same rules as real
 * data: officers and their certificates, inspections, penalty cases (simple and general procedure, with
 * legal review, collective discussion, statements, hearings, publication, transfers and payments),
 * reconsideration and litigation, mediators, disputes and petitions. The proportions follow published
 * yearly reports of a street office and a city-management bureau (about 150 penalty decisions a year,
 * mediation success about 97%).
 *
 * <p>Everything is drawn from one {@link Random} with a fixed seed, in a fixed order, so the demo is the
 * same on every machine. Office work happens on working days of the work calendar (given, so that
 * the rows agree with the calendar the import computes its periods with); nothing is dated after
 * {@link #LAST_DAY}: what would finish later is still open at the end of 2025.
 */
public final class DemoLedger {

    /** The seed of the demo. */
    public static final long SEED = 320599L;
    public static final int FIRST_YEAR = 2024;
    public static final int LAST_YEAR = 2025;
    static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    // --- where the records belong (DemoOrganisations) ---

    /** An enforcement body: its code, case-number prefix, officers, and yearly volumes. */
    private record Unit(String code, String prefix, int officers, int inspections, int cases, String[] heads) {
    }

    private static final List<Unit> UNITS = List.of(
            new Unit(DemoOrganisations.JD1, "东街", 8, 60, 32, new String[] {"孙丽", "刘洋", "马文博"}),
            new Unit(DemoOrganisations.SQUAD1, "东执", 14, 75, 48, new String[] {"高振东", "梁永刚", "韩晓峰"}),
            new Unit(DemoOrganisations.JD2, "西街", 10, 85, 40, new String[] {"吴敏", "袁志刚", "潘晓燕"}),
            new Unit(DemoOrganisations.BUREAU, "滨城管", 12, 70, 45, new String[] {"邵国华", "钱立新", "范海涛"}));

    /** A mediation body: its code, number prefix, mediators (full-time of them), disputes a year. */
    private record Body(String code, String prefix, int mediators, int fullTime, int disputes, boolean village, boolean centre) {
    }

    private static final List<Body> BODIES = List.of(
            new Body(DemoOrganisations.COMMITTEE1, "东调", 12, 3, 200, false, false),
            new Body(DemoOrganisations.VILLAGE2, "桃调", 7, 1, 75, true, false),
            new Body(DemoOrganisations.CENTRE, "滨矛调", 9, 4, 110, false, true));

    /** A unit handling petitions and complaints, with its yearly volume and channel mix. */
    private record Desk(String code, int petitions, String[] channels, int[] weights) {
    }

    private static final String[] CHANNELS = {"12345", "城运平台", "电话", "8890", "来访", "社会治理平台", "信访转办", "网上信访",
        "来信", "督办", "领导信箱"};
    private static final Set<String> HOTLINES = Set.of("12345", "8890", "城运平台", "社会治理平台");

    private static final List<Desk> DESKS = List.of(
            new Desk(DemoOrganisations.JD1, 140, CHANNELS, new int[] {34, 10, 16, 8, 9, 7, 5, 4, 2, 3, 2}),
            new Desk(DemoOrganisations.JD2, 125, CHANNELS, new int[] {32, 8, 18, 10, 10, 8, 5, 4, 2, 2, 1}),
            new Desk(DemoOrganisations.BUREAU, 105, CHANNELS, new int[] {35, 30, 10, 8, 4, 6, 3, 2, 0, 2, 0}),
            new Desk(DemoOrganisations.DISTRICT, 12, CHANNELS, new int[] {0, 0, 0, 0, 20, 0, 40, 10, 10, 20, 10}));

    /** The year's volume relative to 2024. */
    private static double growth(int year) {
        return year == FIRST_YEAR ? 1.0 : 1.07;
    }

    // --- names ---

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
            + "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    private static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文辉力建华志鹏宇浩凯晨欣怡佳琪梓涵"
            + "子轩雨婷思远嘉怡俊杰晓东海燕丹丹立新国庆永红春梅玉兰建国卫东红梅晓明志强海涛文静雪梅晓燕德明宏伟").split("");
    private static final String[] BRANDS = {"恒达", "鑫源", "华盛", "宏图", "金诚", "瑞丰", "永安", "中联", "天泽", "汇通", "佳禾", "新远",
        "博雅", "东升", "锦程", "和顺", "嘉业", "荣达", "润泽", "兴旺", "长青", "广源", "盛世", "明辉", "福瑞", "顺通", "湖畔", "联创"};
    private static final String[] COMPANY_TRADES = {"建筑工程", "餐饮管理", "物业管理", "商贸", "广告传媒", "环境工程", "渣土运输",
        "装饰工程", "食品", "物流", "置业", "市政工程", "燃气", "汽车服务"};
    private static final String[] SHOP_TRADES = {"小吃店", "便利店", "烧烤店", "五金店", "水果店", "理发店", "早餐店", "面馆", "超市",
        "洗车店", "烟酒店", "快递服务站"};
    private static final String[] ID_REGIONS = {"320505", "320506", "320507", "320508", "320509", "320581", "320583", "341221", "342201"};

    // --- penalty causes ---

    /**
     * A cause (案由) with who commits it (weights for 自然人, 法人, 其他组织), the fine range in yuan and its
     * step, the chance of a confiscation, and a heavier sanction that may come with the fine.
     */
    private record Cause(String text, int[] parties, int minFine, int maxFine, int step, double confiscation,
                         String heavier, double heavierChance) {
    }

    private static final List<Cause> CAUSES = List.of(
            new Cause("未经批准擅自设置大型户外广告设施", new int[] {1, 6, 3}, 1000, 10000, 500, 0, null, 0),
            new Cause("擅自占用城市道路从事经营活动", new int[] {6, 1, 3}, 200, 2000, 100, 0.05, null, 0),
            new Cause("未按规定分类投放生活垃圾", new int[] {2, 5, 3}, 200, 5000, 100, 0, null, 0),
            new Cause("建设工程施工工地未采取扬尘污染防治措施", new int[] {0, 1, 0}, 10000, 100000, 5000, 0, "责令停产停业", 0.06),
            new Cause("未取得建设工程规划许可证进行建设", new int[] {3, 5, 1}, 5000, 200000, 1000, 0.12, null, 0),
            new Cause("餐饮服务单位未安装油烟净化设施排放油烟", new int[] {1, 3, 5}, 5000, 50000, 1000, 0, "限制开展生产经营活动", 0.08),
            new Cause("运输渣土车辆未采取密闭措施造成沿途撒漏", new int[] {1, 6, 0}, 5000, 20000, 1000, 0, "暂扣许可证件", 0.15),
            new Cause("擅自占用、挖掘城市道路", new int[] {0, 5, 1}, 2000, 20000, 1000, 0, null, 0),
            new Cause("擅自倾倒建筑垃圾", new int[] {2, 5, 1}, 5000, 50000, 1000, 0, null, 0),
            new Cause("未经许可从事瓶装燃气经营活动", new int[] {2, 2, 3}, 50000, 200000, 10000, 0.6, "责令停产停业", 0.2),
            new Cause("损毁城市绿地和绿化设施", new int[] {5, 3, 1}, 500, 5000, 100, 0, null, 0),
            new Cause("在露天场所焚烧垃圾、树叶", new int[] {6, 1, 2}, 500, 2000, 100, 0, null, 0),
            new Cause("未经批准擅自搭建临时建筑物", new int[] {4, 3, 2}, 1000, 20000, 500, 0, null, 0),
            new Cause("城镇排水与污水处理设施损毁或者违规排放污水", new int[] {0, 4, 2}, 5000, 100000, 5000, 0, "降低资质等级", 0.05),
            new Cause("未履行市容环境卫生责任区责任", new int[] {2, 4, 4}, 200, 2000, 100, 0, null, 0));

    /** On-the-spot causes (简易程序). */
    private static final String[] SIMPLE_CAUSES = {"乱扔垃圾、随地吐痰", "在非指定地点停放车辆", "违规张贴小广告", "店外经营、跨门营业",
        "未按规定投放生活垃圾", "沿街晾晒衣物影响市容", "违规燃放烟花爆竹", "遛犬未牵绳"};

    private static final String[] INSPECTION_ITEMS = {"户外广告设施检查", "建筑工地扬尘检查", "垃圾分类检查", "占道经营巡查", "餐饮油烟检查",
        "燃气安全检查", "违法建设巡查", "渣土运输检查", "门前三包检查", "排水设施检查", "园林绿化检查", "共享单车停放检查"};

    private static final String[] CATEGORIES = {"邻里", "婚姻家庭", "物业", "合同", "损害赔偿", "劳动争议", "房屋宅基地", "道路交通事故",
        "消费", "生产经营", "征地拆迁", "医疗", "环境污染", "山林土地", "其他"};
    private static final int[] CATEGORY_WEIGHTS = {18, 14, 10, 8, 8, 8, 7, 6, 6, 4, 3, 2, 2, 1, 3};
    private static final int[] VILLAGE_CATEGORY_WEIGHTS = {22, 16, 2, 5, 6, 4, 16, 5, 2, 3, 5, 1, 3, 8, 2};

    // --- state ---

    private final Random random;
    private final Predicate<LocalDate> workingDay;
    private final Map<LedgerSheet, List<String[]>> sheets = new EnumMap<>(LedgerSheet.class);
    /** Only asked for membership, never iterated: the order of the rows does not depend on hashing. */
    private final Set<String> staffNames = new HashSet<>();
    private final Set<String> idNumbers = new HashSet<>();
    /** General-procedure penalty decisions with their service date, for reconsideration and litigation. */
    private final List<Decision> decisions = new ArrayList<>();

    private record Decision(Unit unit, String caseNo, String party, LocalDate served, BigDecimal amount) {
    }

    private DemoLedger(long seed, Predicate<LocalDate> workingDay) {
        this.random = new Random(seed);
        this.workingDay = workingDay;
    }

    /**
     * The rows of every sheet, header first (sheets in import order): the same rows for the same seed
     * and calendar.
     *
     * @param workingDay the work calendar (a day off: weekends, public holidays; 调休 Saturdays work)
     */
    public static Map<LedgerSheet, List<String[]>> generate(long seed, Predicate<LocalDate> workingDay) {
        DemoLedger ledger = new DemoLedger(seed, workingDay);
        ledger.officers();
        ledger.mediators();
        ledger.inspections();
        ledger.penaltyCases();
        ledger.reconsiderations();
        ledger.litigations();
        ledger.disputes();
        ledger.petitions();
        return Collections.unmodifiableMap(ledger.sheets);
    }

    /** Data rows of every sheet together (without the headers). */
    public static int rowCount(Map<LedgerSheet, List<String[]>> sheets) {
        return sheets.values().stream().mapToInt(rows -> rows.size() - 1).sum();
    }

    // ------------------------------------------------------------------ staff

    private void officers() {
        // the demo users who are officers (DemoOrganisations) hold a certificate as well
        Map<String, List<String>> users = Map.of(DemoOrganisations.JD1, List.of("李明", "赵强"),
                DemoOrganisations.JD2, List.of("周涛"));
        staffNames.addAll(List.of("李明", "赵强", "周涛", "郑芳", "冯磊"));
        int certificate = 1;
        for (int u = 0; u < UNITS.size(); u++) {
            Unit unit = UNITS.get(u);
            List<String> named = users.getOrDefault(unit.code(), List.of());
            for (int i = 0; i < unit.officers(); i++) {
                String name = i < named.size() ? named.get(i) : staffName();
                Row row = row(LedgerSheet.OFFICERS).set("执法主体", unit.code()).set("姓名", name);
                LocalDate onDuty;
                LocalDate validUntil;
                boolean numbered = true;
                boolean veteran = false;
                if (i == unit.officers() - 1 && u % 2 == 0) {
                    // joined in 2025, certificate not yet issued
                    onDuty = workday(LocalDate.of(2025, 3, 1).plusDays(random.nextInt(200)));
                    numbered = false;
                    validUntil = null;
                } else if (i == unit.officers() - 2) {
                    // joined in 2024, certificate after the training
                    onDuty = workday(LocalDate.of(2024, 2, 1).plusDays(random.nextInt(200)));
                    validUntil = onDuty.plusMonths(4 + random.nextInt(3)).plusYears(6).withDayOfMonth(1).minusDays(1);
                } else {
                    veteran = i >= named.size();
                    onDuty = workday(LocalDate.of(2006 + random.nextInt(17), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                    // one certificate ran out during 2025 and is not yet renewed
                    validUntil = u == 1 && i == unit.officers() - 3 ? LocalDate.of(2025, 2 + random.nextInt(10), 1).minusDays(1)
                            : LocalDate.of(2026 + random.nextInt(5), 1 + random.nextInt(12), 1).minusDays(1);
                }
                if (numbered) {
                    row.set("执法证号", String.format("3205%06d", 990000 + certificate++)).set("证件有效期至", validUntil);
                }
                row.set("在岗起", onDuty);
                if (veteran && i == unit.officers() - 4) {
                    // one officer of each unit left during the two years
                    row.set("离岗日期", workday(LocalDate.of(FIRST_YEAR + random.nextInt(2), 1 + random.nextInt(12), 1)));
                }
                row.set("法律职业资格", yesNo(random.nextDouble() < 0.16));
                row.add();
            }
        }
    }

    private void mediators() {
        Map<String, String> users = Map.of(DemoOrganisations.COMMITTEE1, "郑芳", DemoOrganisations.CENTRE, "冯磊");
        for (Body body : BODIES) {
            for (int i = 0; i < body.mediators(); i++) {
                String user = i == 0 ? users.get(body.code()) : null;
                Row row = row(LedgerSheet.MEDIATORS).set("调解组织", body.code()).set("姓名", user != null ? user : staffName())
                        .set("专职", yesNo(i < body.fullTime()));
                LocalDate appointed = i == body.mediators() - 1 && !body.village()
                        ? workday(LocalDate.of(2025, 1 + random.nextInt(9), 1))
                        : workday(LocalDate.of(2012 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                row.set("起聘日期", appointed);
                if (i == body.mediators() - 2 && user == null) {
                    // one mediator per body left during the two years
                    row.set("解聘日期", workday(LocalDate.of(FIRST_YEAR + random.nextInt(2), 1 + random.nextInt(12), 1)));
                }
                row.add();
            }
        }
    }

    // ------------------------------------------------------------------ enforcement

    private void inspections() {
        String[] kinds = {"自然人", "法人", "其他组织"};
        for (Unit unit : UNITS) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                List<LocalDate> dates = workdays(year, (int) Math.round(unit.inspections() * growth(year)));
                int n = 1;
                for (LocalDate date : dates) {
                    String target = party(kinds[weighted(new int[] {2, 5, 3})]);
                    row(LedgerSheet.INSPECTIONS).set("执法主体", unit.code())
                            .set("检查编号", String.format("JC%d-%04d", year, n++)).set("检查日期", date)
                            .set("检查对象", target).set("检查事项", pick(INSPECTION_ITEMS)).add();
                }
            }
        }
    }

    private void penaltyCases() {
        for (Unit unit : UNITS) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                int cases = (int) Math.round(unit.cases() * growth(year));
                int simple = Math.max(1, (int) Math.round(cases * 0.09));
                int notFiled = random.nextDouble() < 0.6 ? 1 : 0;
                simpleCases(unit, year, simple);
                notFiledLeads(unit, year, notFiled);
                generalCases(unit, year, cases - simple - notFiled);
            }
        }
    }

    private void simpleCases(Unit unit, int year, int count) {
        int n = 1;
        for (LocalDate decided : workdays(year, count)) {
            boolean person = random.nextDouble() < 0.75;
            String kind = person ? "自然人" : random.nextBoolean() ? "法人" : "其他组织";
            Row row = penaltyRow(unit, unit.prefix() + "简罚〔" + year + "〕" + n++ + "号", "简易", kind, pick(SIMPLE_CAUSES));
            row.set("决定日期", decided).set("决定结果", "处罚").set("送达日期", decided);
            if (random.nextDouble() < 0.2) {
                row.set("处罚种类", "警告").set("结案日期", decided);
            } else {
                BigDecimal fine = person ? yuan(new int[] {50, 100, 200}[weighted(new int[] {4, 4, 2})])
                        : yuan(200 + 100 * random.nextInt(19));
                LocalDate paid = decided.plusDays(random.nextDouble() < 0.5 ? 0 : random.nextInt(12));
                row.set("处罚种类", "罚款").set("罚款金额", fine);
                if (!paid.isAfter(LAST_DAY) && random.nextDouble() < 0.96) {
                    row.set("缴款日期", paid).set("实缴金额", fine).set("结案日期", paid);
                }
            }
            row.add();
        }
    }

    private void notFiledLeads(Unit unit, int year, int count) {
        int n = 1;
        for (LocalDate decided : workdays(year, count)) {
            Cause cause = pick(CAUSES);
            penaltyRow(unit, unit.prefix() + "不立〔" + year + "〕" + n++ + "号", "一般", partyKind(cause), cause.text())
                    .set("决定日期", decided).set("决定结果", "不予立案").add();
        }
    }

    private void generalCases(Unit unit, int year, int count) {
        int n = 1;
        for (LocalDate filed : workdays(year, count)) {
            Cause cause = pick(CAUSES);
            String kind = partyKind(cause);
            Row row = penaltyRow(unit, unit.prefix() + "罚〔" + year + "〕" + n++ + "号", "一般", kind, cause.text());
            row.set("立案日期", filed);
            double draw = random.nextDouble();
            int extension = 0;
            int days;
            if (draw < 0.02) {
                days = 92 + random.nextInt(20); // decided late: the 90-day limit passed without an extension
            } else if (draw < 0.07) {
                extension = 30;
                days = 88 + random.nextInt(28);
                row.set("延期天数", extension);
            } else {
                days = 12 + random.nextInt(64);
            }
            LocalDate decided = workday(filed.plusDays(days));
            if (decided.isAfter(LAST_DAY)) {
                // still under investigation at the end of 2025
                if (random.nextDouble() < 0.3) {
                    LocalDate defence = addWorkdays(filed, 8 + random.nextInt(10));
                    if (!defence.isAfter(LAST_DAY)) {
                        row.set("陈述申辩日期", defence);
                    }
                }
                row.add();
                continue;
            }
            row.set("决定日期", decided);
            double outcome = random.nextDouble();
            if (outcome < 0.025) {
                row.set("决定结果", "撤销立案").set("结案日期", decided).add();
            } else if (outcome < 0.06) {
                transferred(row, decided);
            } else if (outcome < 0.15) {
                notPenalised(row, decided);
            } else {
                penalised(row, unit, cause, kind, filed, decided);
            }
        }
    }

    private void transferred(Row row, LocalDate decided) {
        boolean criminal = random.nextDouble() < 0.6;
        String organ = criminal ? (random.nextDouble() < 0.85 ? "公安" : "检察院")
                : pick(new String[] {"市场监管局", "生态环境局", "住建局", "交通运输局"});
        LocalDate transferred = addWorkdays(decided, random.nextInt(3));
        if (transferred.isAfter(LAST_DAY)) {
            transferred = decided;
        }
        row.set("决定结果", "移送").set("移送类型", criminal ? "刑事" : "行政").set("移送机关", organ)
                .set("移送日期", transferred).set("结案日期", capped(addWorkdays(transferred, random.nextInt(5))));
        row.add();
    }

    private void notPenalised(Row row, LocalDate decided) {
        String reason = new String[] {"首违不罚", "轻微", "无过错", "事实不成立"}[weighted(new int[] {5, 3, 1, 1})];
        LocalDate served = addWorkdays(decided, random.nextInt(3));
        if (served.isAfter(LAST_DAY)) {
            served = decided;
        }
        row.set("决定结果", "不予处罚").set("不予处罚理由", reason).set("送达日期", served)
                .set("结案日期", capped(addWorkdays(served, 1 + random.nextInt(8))));
        row.add();
    }

    private void penalised(Row row, Unit unit, Cause cause, String kind, LocalDate filed, LocalDate decided) {
        List<String> types = new ArrayList<>();
        BigDecimal fine = null;
        BigDecimal confiscated = null;
        double draw = random.nextDouble();
        if (draw < 0.08 && cause.maxFine() <= 20000) {
            types.add("警告");
        } else if (draw < 0.10) {
            types.add("通报批评");
        } else {
            if (draw < 0.22) {
                types.add("警告");
            }
            types.add("罚款");
            fine = fine(cause, kind);
            if (random.nextDouble() < cause.confiscation()) {
                types.add("没收");
                confiscated = yuan(500 + 100 * random.nextInt(Math.max(1, cause.maxFine() / 500)));
            }
            if (cause.heavier() != null && random.nextDouble() < cause.heavierChance()) {
                types.add(cause.heavier());
            }
        }
        row.set("决定结果", "处罚").set("处罚种类", String.join("、", types)).set("罚款金额", fine).set("没收金额", confiscated);
        BigDecimal amount = (fine == null ? BigDecimal.ZERO : fine).add(confiscated == null ? BigDecimal.ZERO : confiscated);
        boolean heavy = types.stream().anyMatch(t -> !t.equals("警告") && !t.equals("罚款") && !t.equals("没收")
                && !t.equals("通报批评"));
        boolean major = heavy || amount.compareTo(BigDecimal.valueOf("自然人".equals(kind) ? 5000 : 20000)) >= 0;

        if (major) {
            // 重大执法决定: legal review before the decision (two in a hundred are recorded late)
            row.set("需法制审核", "是");
            LocalDate reviewed = random.nextDouble() < 0.02 ? addWorkdays(decided, 1 + random.nextInt(3))
                    : subtractWorkdays(decided, 1 + random.nextInt(6));
            if (reviewed.isBefore(filed)) {
                reviewed = filed;
            }
            row.set("法制审核完成日期", reviewed);
            if (heavy || amount.compareTo(BigDecimal.valueOf(50000)) >= 0) {
                List<LocalDate> meetings = new ArrayList<>();
                LocalDate meeting = reviewed.isAfter(decided) ? decided : reviewed;
                meetings.add(between(meeting, decided));
                LocalDate earlier = between(filed, meetings.get(0).minusDays(1));
                if (random.nextDouble() < 0.15 && earlier.isBefore(meetings.get(0))) {
                    meetings.add(0, earlier);
                }
                row.set("集体讨论日期", dates(meetings));
            }
            boolean hearingRight = heavy || amount.compareTo(BigDecimal.valueOf("自然人".equals(kind) ? 10000 : 100000)) >= 0;
            if (hearingRight && random.nextDouble() < 0.3 && ChronoUnit.DAYS.between(filed, decided) > 30) {
                LocalDate requested = between(filed.plusDays(10), decided.minusDays(20));
                row.set("听证申请日期", requested);
                if (random.nextDouble() < 0.8) {
                    row.set("听证日期", between(requested.plusDays(7), decided.minusDays(3)));
                }
            }
        }
        if (random.nextDouble() < (major ? 0.45 : 0.12) && ChronoUnit.DAYS.between(filed, decided) > 10) {
            row.set("陈述申辩日期", between(filed.plusDays(5), decided.minusDays(3)));
        }
        LocalDate served = addWorkdays(decided, random.nextDouble() < 0.4 ? 0 : 1 + random.nextInt(3));
        if (served.isAfter(LAST_DAY)) {
            served = decided;
        }
        row.set("送达日期", served);
        double published = random.nextDouble();
        LocalDate publication = published < 0.94 ? addWorkdays(decided, 1 + random.nextInt(6))
                : published < 0.985 ? addWorkdays(decided, 8 + random.nextInt(8)) : null;
        row.set("公开日期", capped(publication));

        LocalDate closed = null;
        if (amount.signum() > 0) {
            double pays = random.nextDouble();
            LocalDate due = served.plusDays(15);
            if (pays < 0.89) {
                LocalDate paid = served.plusDays(1 + random.nextInt(14));
                if (!paid.isAfter(LAST_DAY)) {
                    row.set("缴款日期", paid).set("实缴金额", amount);
                    closed = addWorkdays(paid, 1 + random.nextInt(8));
                }
            } else if (pays < 0.94 && fine != null) {
                // paid late, with the surcharge of 3% a day, at most the fine (《行政处罚法》第七十二条)
                LocalDate paid = due.plusDays(5 + random.nextInt(40));
                if (!paid.isAfter(LAST_DAY)) {
                    BigDecimal surcharge = fine.multiply(BigDecimal.valueOf(3L * ChronoUnit.DAYS.between(due, paid)))
                            .divide(BigDecimal.valueOf(100)).min(fine).setScale(2, RoundingMode.DOWN);
                    row.set("缴款日期", paid).set("实缴金额", amount).set("加处罚款", surcharge);
                    closed = addWorkdays(paid, 1 + random.nextInt(8));
                }
            }
            // the rest have not paid: still open, some go to reconsideration or court
        } else {
            closed = addWorkdays(served, 1 + random.nextInt(8));
        }
        row.set("结案日期", capped(closed));
        row.add();
        if (amount.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            decisions.add(new Decision(unit, row.get("案号"), row.get("当事人"), served, amount));
        }
    }

    private Row penaltyRow(Unit unit, String caseNo, String procedure, String kind, String cause) {
        String party = party(kind);
        return row(LedgerSheet.PENALTY_CASES).set("执法主体", unit.code()).set("案号", caseNo).set("程序", procedure)
                .set("当事人类型", kind).set("当事人", party).set("证件号码", idNumber(kind)).set("案由", cause);
    }

    private BigDecimal fine(Cause cause, String kind) {
        int max = "自然人".equals(kind) ? Math.max(cause.minFine(), cause.maxFine() / 2) : cause.maxFine();
        int steps = Math.max(0, (max - cause.minFine()) / cause.step());
        // most fines sit at the lower end of the range (裁量基准)
        double low = random.nextDouble() * random.nextDouble();
        return yuan(cause.minFine() + cause.step() * (int) Math.round(low * steps));
    }

    // ------------------------------------------------------------------ remedies

    private void reconsiderations() {
        String[] outcomes = {"维持", "驳回复议请求", "驳回复议申请", "撤销", "部分撤销", "变更", "确认违法", "和解撤回", "调解", "终止"};
        // about one decision in six corrected (纠错率), as in published reports
        int[] weights = {40, 15, 4, 5, 2, 3, 2, 12, 5, 10};
        List<Decision> chosen = sample(decisions, 18);
        List<String[]> cases = new ArrayList<>();
        for (Decision d : chosen) {
            LocalDate received = workday(d.served().plusDays(5 + random.nextInt(50)));
            if (received.isAfter(LAST_DAY)) {
                continue;
            }
            cases.add(new String[] {d.unit().code(), d.party(), received.toString(), d.caseNo()});
        }
        cases.sort(Comparator.comparing(c -> c[2]));
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        for (String[] c : cases) {
            LocalDate received = LocalDate.parse(c[2]);
            int n = numbers.merge(received.getYear(), 1, Integer::sum);
            Row row = row(LedgerSheet.RECONSIDERATIONS).set("被申请人", c[0])
                    .set("复议案号", "滨政复〔" + received.getYear() + "〕" + n + "号").set("申请人", c[1])
                    .set("收案日期", received).set("原处罚案号", c[3]);
            LocalDate concluded = workday(received.plusDays(30 + random.nextInt(50)));
            if (!concluded.isAfter(LAST_DAY)) {
                String outcome = outcomes[weighted(weights)];
                row.set("审结日期", concluded).set("复议结果", outcome);
                if ("撤销".equals(outcome) && random.nextDouble() < 0.6) {
                    row.set("责令重新作出", "是");
                }
            }
            row.add();
        }
    }

    private void litigations() {
        String[] results = {"驳回诉讼请求", "准予撤诉", "驳回起诉", "撤销", "确认违法", "变更", "责令履行"};
        int[] weights = {56, 15, 10, 7, 5, 4, 3};
        List<Decision> chosen = sample(decisions, 11);
        List<Object[]> firsts = new ArrayList<>();
        for (Decision d : chosen) {
            LocalDate received = workday(d.served().plusDays(20 + random.nextInt(150)));
            if (!received.isAfter(LAST_DAY)) {
                firsts.add(new Object[] {d, received});
            }
        }
        firsts.sort(Comparator.comparing(f -> (LocalDate) f[1]));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Object[]> appeals = new ArrayList<>();
        for (Object[] f : firsts) {
            Decision d = (Decision) f[0];
            LocalDate received = (LocalDate) f[1];
            int n = courtNumber(numbers, "初" + received.getYear());
            Instance first = instance(d, "（" + received.getYear() + "）苏0599行初" + n + "号", "一审", received, results,
                    weights, true);
            if ("驳回诉讼请求".equals(first.result()) && random.nextDouble() < 0.35) {
                LocalDate appealed = workday(first.concluded().plusDays(10 + random.nextInt(12)));
                if (!appealed.isAfter(LAST_DAY)) {
                    appeals.add(new Object[] {d, appealed});
                }
            }
        }
        for (Object[] a : appeals) {
            Decision d = (Decision) a[0];
            LocalDate received = (LocalDate) a[1];
            int n = courtNumber(numbers, "终" + received.getYear());
            instance(d, "（" + received.getYear() + "）苏05行终" + n + "号", "二审", received,
                    new String[] {"驳回上诉", "发回重审", "准予撤诉"}, new int[] {85, 8, 7}, random.nextDouble() < 0.5);
        }
    }

    /** The court's next case number of the series: the court has other cases in between. */
    private int courtNumber(Map<String, Integer> numbers, String series) {
        return numbers.merge(series, 3 + random.nextInt(40), Integer::sum);
    }

    /** A court instance's conclusion and result (both null while pending). */
    private record Instance(LocalDate concluded, String result) {
    }

    private Instance instance(Decision d, String caseNo, String level, LocalDate received, String[] results, int[] weights,
                               boolean heard) {
        Row row = row(LedgerSheet.LITIGATIONS).set("被告", d.unit().code()).set("法院案号", caseNo).set("审级", level)
                .set("原告", d.party()).set("收到起诉状日期", received);
        LocalDate hearing = heard ? workday(received.plusDays(30 + random.nextInt(40))) : null;
        if (hearing != null && !hearing.isAfter(LAST_DAY)) {
            row.set("开庭日期", hearing);
            if (random.nextDouble() < 0.9) {
                int role = weighted(new int[] {3, 2, 5});
                row.set("负责人出庭", "是").set("出庭负责人", d.unit().heads()[role])
                        .set("出庭负责人职务", new String[] {"主要负责人", "副职负责人", "分管负责人"}[role]);
            } else {
                row.set("负责人出庭", "否").set("出庭负责人", staffName()).set("出庭负责人职务", "其他工作人员");
            }
        } else {
            hearing = null;
        }
        LocalDate concluded = workday((hearing != null ? hearing : received.plusDays(40)).plusDays(10 + random.nextInt(40)));
        if (heard && hearing == null || concluded.isAfter(LAST_DAY)) {
            row.add();
            return new Instance(null, null);
        }
        String result = results[weighted(weights)];
        row.set("审结日期", concluded).set("裁判结果", result);
        row.add();
        return new Instance(concluded, result);
    }

    // ------------------------------------------------------------------ mediation

    private void disputes() {
        for (Body body : BODIES) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                int n = 1;
                for (LocalDate accepted : workdays(year, (int) Math.round(body.disputes() * growth(year)))) {
                    dispute(body, body.prefix() + "〔" + year + "〕" + n++ + "号", accepted);
                }
            }
        }
    }

    private void dispute(Body body, String number, LocalDate accepted) {
        String category = CATEGORIES[weighted(body.village() ? VILLAGE_CATEGORY_WEIGHTS : CATEGORY_WEIGHTS)];
        String kind = body.centre() ? (random.nextDouble() < 0.82 ? "矛调中心" : "行政调解") : "人民调解";
        String source = new String[] {"申请", "主动", "委托移送"}[weighted(body.centre() ? new int[] {40, 20, 40} : new int[] {58, 27, 15})];
        List<String> parties = new ArrayList<>();
        parties.add(personName());
        switch (category) {
            case "物业" -> parties.add(company("物业管理"));
            case "劳动争议" -> parties.add(random.nextBoolean() ? company(pick(COMPANY_TRADES)) : personName());
            case "消费" -> parties.add(shop());
            case "医疗" -> parties.add(pick(new String[] {"滨湖新区人民医院", "滨湖新区中医院", "东湖街道社区卫生服务中心"}));
            default -> parties.add(personName());
        }
        if (random.nextDouble() < 0.15) {
            parties.add(personName());
        }
        Row row = row(LedgerSheet.DISPUTES).set("调解组织", body.code()).set("编号", number).set("类型", kind)
                .set("来源", source).set("纠纷类别", category).set("当事人", String.join("、", parties)).set("受理日期", accepted);
        boolean risk = random.nextDouble() < 0.04;
        if (risk) {
            row.set("风险预警", "是").set("涉及人数", 3 + random.nextInt(25));
        }
        int days = random.nextDouble() < 0.85 ? 1 + random.nextInt(14) : 15 + random.nextInt(15);
        LocalDate closed = workday(accepted.plusDays(days));
        if (closed.isAfter(LAST_DAY)) {
            row.add();
            return;
        }
        row.set("办结日期", closed);
        boolean escalated = risk && random.nextDouble() < 0.1;
        if (risk) {
            row.set("已升级", yesNo(escalated));
        }
        if (escalated || random.nextDouble() < 0.02) {
            row.set("结果", "终止").add();
            return;
        }
        BigDecimal amount = agreementAmount(category);
        boolean written = body.village() ? random.nextDouble() < 0.5 : random.nextDouble() < 0.7;
        if (amount != null && amount.compareTo(BigDecimal.valueOf(5000)) > 0) {
            written = true;
        }
        row.set("结果", written ? "书面协议" : "口头协议").set("协议金额", amount);
        if (written && amount != null && amount.compareTo(BigDecimal.valueOf(20000)) >= 0 && random.nextDouble() < 0.25) {
            LocalDate confirmed = workday(closed.plusDays(3 + random.nextInt(20)));
            if (!confirmed.isAfter(LAST_DAY)) {
                row.set("司法确认日期", confirmed);
            }
        }
        if (random.nextDouble() < 0.86) {
            List<LocalDate> visits = new ArrayList<>();
            LocalDate visit = workday(closed.plusDays(7 + random.nextInt(24)));
            if (!visit.isAfter(LAST_DAY)) {
                visits.add(visit);
                LocalDate second = workday(visit.plusDays(20 + random.nextInt(40)));
                if (random.nextDouble() < 0.25 && !second.isAfter(LAST_DAY)) {
                    visits.add(second);
                }
            }
            row.set("回访日期", dates(visits));
        }
        row.add();
    }

    private BigDecimal agreementAmount(String category) {
        int[] range = switch (category) {
            case "损害赔偿" -> new int[] {2000, 80000, 85};
            case "道路交通事故" -> new int[] {3000, 150000, 90};
            case "劳动争议" -> new int[] {3000, 60000, 85};
            case "合同" -> new int[] {5000, 300000, 80};
            case "医疗" -> new int[] {10000, 200000, 80};
            case "物业" -> new int[] {500, 8000, 60};
            case "消费" -> new int[] {200, 10000, 80};
            case "房屋宅基地" -> new int[] {5000, 100000, 30};
            case "征地拆迁" -> new int[] {20000, 500000, 70};
            case "生产经营" -> new int[] {5000, 100000, 70};
            case "婚姻家庭" -> new int[] {6000, 60000, 20};
            case "邻里" -> new int[] {500, 5000, 10};
            default -> new int[] {500, 20000, 20};
        };
        if (random.nextInt(100) >= range[2]) {
            return null;
        }
        double low = random.nextDouble() * random.nextDouble();
        return yuan(Math.round((range[0] + low * (range[1] - range[0])) / 100) * 100);
    }

    // ------------------------------------------------------------------ petitions

    private void petitions() {
        for (Desk desk : DESKS) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                int count = (int) Math.round(desk.petitions() * growth(year));
                List<Object[]> registered = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String channel = desk.channels()[weighted(desk.weights())];
                    LocalDate date = HOTLINES.contains(channel) ? LocalDate.of(year, 1, 1).plusDays(random.nextInt(365))
                            : workday(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
                    registered.add(new Object[] {date, channel});
                }
                if (!desk.code().equals(DemoOrganisations.DISTRICT)) {
                    // an old petition (信访积案) taken up again early in the year
                    registered.add(new Object[] {workday(LocalDate.of(year, 1, 5).plusDays(random.nextInt(60))), "信访转办", true});
                }
                registered.sort(Comparator.comparing(r -> (LocalDate) r[0]));
                int n = 1;
                for (Object[] r : registered) {
                    petition(desk, String.format("XF%d-%04d", year, n++), (LocalDate) r[0], (String) r[1], r.length > 2);
                }
            }
        }
    }

    private void petition(Desk desk, String number, LocalDate registered, String channel, boolean backlog) {
        Row row = row(LedgerSheet.PETITIONS).set("承办单位", desk.code()).set("编号", number).set("渠道", channel)
                .set("登记日期", registered);
        boolean hotline = HOTLINES.contains(channel);
        if (hotline) {
            row.set("办理期限", registered.plusDays(10));
        }
        double draw = random.nextDouble();
        int days;
        if (backlog) {
            days = 60 + random.nextInt(120);
            row.set("积案", "是");
        } else if (hotline) {
            days = draw < 0.95 ? 1 + random.nextInt(9) : 11 + random.nextInt(10);
        } else {
            days = draw < 0.96 ? 5 + random.nextInt(50) : 62 + random.nextInt(20);
        }
        LocalDate closed = workday(registered.plusDays(days));
        if (closed.isAfter(LAST_DAY) || backlog && random.nextDouble() < 0.2) {
            row.add();
            return;
        }
        row.set("办结日期", closed);
        if (backlog) {
            row.set("已化解", "是");
        }
        String[] ratings = {"满意", "基本满意", "不满意", "未评价", null};
        row.set("评价", ratings[weighted(hotline ? new int[] {72, 16, 5, 7, 0} : new int[] {50, 20, 4, 10, 16})]);
        row.add();
    }

    // ------------------------------------------------------------------ helpers

    /** One row of a sheet, filled by column header. */
    private final class Row {
        private final LedgerSheet sheet;
        private final String[] cells;

        Row(LedgerSheet sheet) {
            this.sheet = sheet;
            this.cells = new String[sheet.columns().size()];
        }

        Row set(String header, Object value) {
            cells[sheet.indexOf(header)] = value == null ? null
                    : value instanceof BigDecimal b ? b.setScale(2).toPlainString() : value.toString();
            return this;
        }

        String get(String header) {
            return cells[sheet.indexOf(header)];
        }

        void add() {
            sheets.get(sheet).add(cells);
        }
    }

    private Row row(LedgerSheet sheet) {
        sheets.computeIfAbsent(sheet, s -> {
            List<String[]> rows = new ArrayList<>();
            rows.add(s.columns().stream().map(LedgerColumn::header).toArray(String[]::new));
            return rows;
        });
        return new Row(sheet);
    }

    /** {@code count} working days of the year, drawn at random (repeats allowed), in date order. */
    private List<LocalDate> workdays(int year, int count) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        while (dates.size() < count) {
            LocalDate d = first.plusDays(random.nextInt(length));
            if (workingDay.test(d)) {
                dates.add(d);
            }
        }
        Collections.sort(dates);
        return dates;
    }

    /** The day itself when it is a working day, else the next working day. */
    private LocalDate workday(LocalDate day) {
        LocalDate d = day;
        while (!workingDay.test(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** {@code n} working days after {@code day} (0: the day itself, moved to a working day). */
    private LocalDate addWorkdays(LocalDate day, int n) {
        LocalDate d = workday(day);
        for (int i = 0; i < n; i++) {
            d = workday(d.plusDays(1));
        }
        return d;
    }

    private LocalDate subtractWorkdays(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            d = d.minusDays(1);
            while (!workingDay.test(d)) {
                d = d.minusDays(1);
            }
        }
        return d;
    }

    /** A working day from {@code from} to {@code to} (both included; {@code to} when the span is empty). */
    private LocalDate between(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        if (span <= 0) {
            return to;
        }
        LocalDate d = from.plusDays(random.nextInt((int) span + 1));
        LocalDate w = workday(d);
        return w.isAfter(to) ? to : w;
    }

    private static LocalDate capped(LocalDate date) {
        return date == null || date.isAfter(LAST_DAY) ? null : date;
    }

    private static String dates(List<LocalDate> dates) {
        return dates.isEmpty() ? null : String.join(";", dates.stream().map(LocalDate::toString).toList());
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private static BigDecimal yuan(long value) {
        return BigDecimal.valueOf(value).setScale(2);
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** {@code n} distinct elements, in the list's order. */
    private <T> List<T> sample(List<T> values, int n) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, random);
        List<Integer> chosen = new ArrayList<>(indexes.subList(0, Math.min(n, indexes.size())));
        Collections.sort(chosen);
        return chosen.stream().map(values::get).toList();
    }

    private String partyKind(Cause cause) {
        return new String[] {"自然人", "法人", "其他组织"}[weighted(cause.parties())];
    }

    private String party(String kind) {
        return switch (kind) {
            case "自然人" -> personName();
            case "法人" -> company(pick(COMPANY_TRADES));
            default -> shop();
        };
    }

    private String personName() {
        String given = random.nextDouble() < 0.3 ? pick(GIVEN) : pick(GIVEN) + pick(GIVEN);
        return pick(SURNAMES) + given;
    }

    /** A name no officer or mediator of the demo has yet. */
    private String staffName() {
        String name = personName();
        while (!staffNames.add(name)) {
            name = personName();
        }
        return name;
    }

    private String company(String trade) {
        return "滨湖新区" + pick(BRANDS) + trade + "有限公司";
    }

    private String shop() {
        return pick(new String[] {"东湖", "西山", "桃源", "滨湖"}) + pick(BRANDS) + pick(SHOP_TRADES);
    }

    /** A 居民身份证号码 for a person, a 统一社会信用代码 for a company, none for a small shop; never repeated. */
    private String idNumber(String kind) {
        String id;
        do {
            id = switch (kind) {
                case "自然人" -> personId();
                case "法人" -> creditCode();
                default -> null;
            };
        } while (id != null && !idNumbers.add(id));
        return id;
    }

    private String personId() {
        LocalDate born = LocalDate.of(1958, 1, 1).plusDays(random.nextInt(365 * 45));
        String body = pick(ID_REGIONS) + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private String creditCode() {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91320599");
        code.append("MA");
        for (int i = 0; i < 7; i++) {
            code.append(chars.charAt(random.nextInt(chars.length())));
        }
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(code.charAt(i)) * weights[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.append(chars.charAt(check)).toString();
    }
}
