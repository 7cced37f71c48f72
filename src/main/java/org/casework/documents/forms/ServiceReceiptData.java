package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.PENALTY_LAW;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDateTime;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 送达回证 (第六十一条): which documents were served on whom, where, how and when, signed by the
 * recipient. Electronic service (e-mail, fax) needs the party's written consent.
 */
public record ServiceReceiptData(
        String caseName,
        String recipient,
        String address,
        List<ServedDocument> documents,
        String method,
        boolean electronicConsent,
        LocalDateTime servedAt,
        List<String> servers,
        String witness,
        String remarks) implements DocumentData {

    private static final String SOURCE = PENALTY_LAW + "第六十一条";

    /** A served document: its title and number. */
    public record ServedDocument(String title, String number) {
    }

    public ServiceReceiptData {
        required(caseName, "案由", SOURCE);
        required(recipient, "受送达人", SOURCE);
        documents = required(documents, "送达文书", SOURCE);
        required(method, "送达方式", SOURCE);
        servers = required(servers, "送达人", SOURCE);
        if (method.contains("电子") || method.contains("传真") || method.contains("邮件")) {
            if (!electronicConsent) {
                throw new BusinessRuleException("送达方式", "当事人同意并签订确认书的，方可采用传真、电子邮件等方式送达（" + SOURCE + "）");
            }
        }
        if (method.contains("留置")) {
            required(witness, "见证人", "留置送达应当邀请有关基层组织或者所在单位的代表到场见证（《中华人民共和国民事诉讼法》第八十九条）");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.SERVICE_RECEIPT;
    }

    @Override
    public DocumentContent toContent() {
        return DocumentContent.builder(type())
                .field("案由", caseName)
                .field("受送达人", recipient)
                .field("送达地址", address == null ? "" : address)
                .grid(List.of("送达文书名称", "文书编号"), documents.stream().map(d -> List.of(d.title(), d.number() == null ? "" : d.number())).toList())
                .field("送达方式", method)
                .field("送达时间", servedAt == null ? "      年    月    日    时    分" : ChineseFormats.numericDateTime(servedAt))
                .field("送达人", String.join("、", servers))
                .field("见证人", witness == null ? "" : witness)
                .field("备注", remarks == null ? "" : remarks)
                .sign("受送达人（签名或盖章）", "")
                .seal()
                .note("受送达人拒绝签收的，送达人应当在备注栏注明拒收事由和日期，由送达人、见证人签名，把文书留在受送达人的住所，即视为送达。")
                .build();
    }
}
