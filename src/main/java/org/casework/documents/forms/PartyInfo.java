package org.casework.documents.forms;

import java.util.ArrayList;
import java.util.List;
import org.casework.documents.DocumentContent;

/**
 * A party as a document names it: a person (姓名, 身份证号码, 住址) or an organisation (名称, 统一社会信用代码,
 * 法定代表人, 地址).
 */
public record PartyInfo(
        boolean organisation,
        String name,
        String idNumber,
        String representative,
        String address,
        String phone) {

    public static PartyInfo person(String name, String idNumber, String address, String phone) {
        return new PartyInfo(false, name, idNumber, null, address, phone);
    }

    public static PartyInfo organisation(String name, String creditCode, String representative, String address, String phone) {
        return new PartyInfo(true, name, creditCode, representative, address, phone);
    }

    /** How a notice addresses the party: 你 or 你单位. */
    public String you() {
        return organisation ? "你单位" : "你";
    }

    public String idLabel() {
        return organisation ? "统一社会信用代码" : "身份证号码";
    }

    public String addressLabel() {
        return organisation ? "地址" : "住址";
    }

    /** One line per known fact, the first one with the role (当事人, 申请人, 甲方 …). */
    void addLines(DocumentContent.Builder b, String role) {
        b.line(role, name);
        b.lineIfPresent(idLabel(), idNumber);
        if (organisation) {
            b.lineIfPresent("法定代表人（负责人）", representative);
        }
        b.lineIfPresent(addressLabel(), address);
        b.lineIfPresent("联系电话", phone);
    }

    /** The party in one sentence, for form tables: 张三，身份证号码：…，住址：…. */
    String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        if (present(idNumber)) {
            parts.add(idLabel() + "：" + idNumber);
        }
        if (organisation && present(representative)) {
            parts.add("法定代表人：" + representative);
        }
        if (present(address)) {
            parts.add(addressLabel() + "：" + address);
        }
        if (present(phone)) {
            parts.add("电话：" + phone);
        }
        return String.join("，", parts);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
