package org.casework.documents;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * One piece of a document's body. A document is a list of blocks; the PDF and the Word renderer lay
 * each kind out the same way, and the list is stored as JSON so that a document renders identically
 * years later.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Line.class, name = "line"),
        @JsonSubTypes.Type(value = Block.Fields.class, name = "fields"),
        @JsonSubTypes.Type(value = Block.Grid.class, name = "grid"),
        @JsonSubTypes.Type(value = Block.Sign.class, name = "sign"),
        @JsonSubTypes.Type(value = Block.Seal.class, name = "seal"),
        @JsonSubTypes.Type(value = Block.Note.class, name = "note")})
public sealed interface Block {

    /** A bold section heading, e.g. 一、违法事实. */
    record Heading(String text) implements Block {
    }

    /** A body paragraph, first line indented by two characters. */
    record Paragraph(String text) implements Block {
    }

    /** An unindented "label：value" line, e.g. 当事人：张三. */
    record Line(String label, String value) implements Block {
    }

    /** A ruled form table of label/value rows (审批表, 登记表). */
    record Fields(List<Field> rows) implements Block {
    }

    record Field(String label, String value) {
    }

    /** A ruled table with a header row (penalty items, attendance, served documents). */
    record Grid(List<String> columns, List<List<String>> rows) implements Block {
    }

    /**
     * A line where a person signs on paper: 当事人（签名）：张三 ______ 年 月 日. {@code name} may be
     * empty (left blank for the hand-written signature).
     */
    record Sign(String label, String name, boolean dated) implements Block {
    }

    /**
     * The issuing body and the date, bottom right, where the seal goes. Null fields are filled in at
     * issue with the organisation's name and the issue date.
     */
    record Seal(String name, LocalDate date) implements Block {
    }

    /** Small print: copies, delivery notes, legal reminders. */
    record Note(String text) implements Block {
    }
}
