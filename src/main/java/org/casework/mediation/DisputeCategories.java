package org.casework.mediation;

import java.util.List;

/**
 * The dispute categories (纠纷类别) of the mediation statistics (调解民间纠纷分类), plus the later
 * additions 旅游, 知识产权, 互联网. A category is stored as recorded (its Chinese name).
 */
public final class DisputeCategories {

    public static final List<String> ALL = List.of("婚姻家庭", "邻里", "房屋宅基地", "合同", "生产经营", "损害赔偿",
            "山林土地", "征地拆迁", "环境污染", "劳动争议", "消费", "医疗", "道路交通事故", "物业", "其他",
            "旅游", "知识产权", "互联网");

    private DisputeCategories() {
    }

    public static boolean isKnown(String category) {
        return category != null && ALL.contains(category.trim());
    }
}
