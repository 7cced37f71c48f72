package org.casework.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a document says, ready to render: the issuing body's name above the title, the number under it,
 * then the blocks. Built by a typed form (see {@code documents.forms}) or with {@link #builder}; the
 * number, the body's name and the date are filled in when the document is issued.
 */
public record DocumentContent(
        DocumentType type,
        String title,
        String orgName,
        String number,
        LocalDate date,
        List<Block> blocks) {

    public DocumentContent {
        if (type == null) {
            throw new IllegalArgumentException("document type missing");
        }
        title = title == null || title.isBlank() ? type.title() : title;
        blocks = List.copyOf(blocks);
    }

    public static Builder builder(DocumentType type) {
        return new Builder(type);
    }

    /** The content as issued: number, body and date set, and every unfilled seal with them. */
    public DocumentContent issued(String issuingOrgName, String issuedNumber, LocalDate issuedOn) {
        String org = orgName == null || orgName.isBlank() ? issuingOrgName : orgName;
        LocalDate day = date == null ? issuedOn : date;
        List<Block> filled = blocks.stream()
                .map(b -> b instanceof Block.Seal s
                        ? new Block.Seal(s.name() == null || s.name().isBlank() ? org : s.name(), s.date() == null ? day : s.date())
                        : b)
                .toList();
        return new DocumentContent(type, title, org, issuedNumber, day, filled);
    }

    /** Collects blocks in order; empty optional values are left out. */
    public static final class Builder {
        private final DocumentType type;
        private final List<Block> blocks = new ArrayList<>();
        private String title;
        private String orgName;
        private LocalDate date;
        private List<Block.Field> openFields;

        private Builder(DocumentType type) {
            this.type = type;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder orgName(String value) {
            this.orgName = value;
            return this;
        }

        /** The document's date (e.g. the decision date); the issue date when not set. */
        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        public Builder heading(String text) {
            return add(new Block.Heading(text));
        }

        public Builder paragraph(String text) {
            return add(new Block.Paragraph(text));
        }

        public Builder paragraphIfPresent(String text) {
            return present(text) ? paragraph(text) : this;
        }

        public Builder line(String label, String value) {
            return add(new Block.Line(label, value == null ? "" : value));
        }

        public Builder lineIfPresent(String label, String value) {
            return present(value) ? line(label, value) : this;
        }

        /** A row of the current form table; consecutive rows form one table. */
        public Builder field(String label, String value) {
            if (openFields == null) {
                openFields = new ArrayList<>();
            }
            openFields.add(new Block.Field(label, value == null ? "" : value));
            return this;
        }

        public Builder grid(List<String> columns, List<List<String>> rows) {
            return add(new Block.Grid(List.copyOf(columns), rows.stream().map(List::copyOf).toList()));
        }

        public Builder sign(String label, String name) {
            return add(new Block.Sign(label, name == null ? "" : name, true));
        }

        public Builder signUndated(String label, String name) {
            return add(new Block.Sign(label, name == null ? "" : name, false));
        }

        /** The issuing body's seal and the document date. */
        public Builder seal() {
            return add(new Block.Seal(null, null));
        }

        public Builder seal(String name, LocalDate on) {
            return add(new Block.Seal(name, on));
        }

        public Builder note(String text) {
            return add(new Block.Note(text));
        }

        public DocumentContent build() {
            closeFields();
            return new DocumentContent(type, title, orgName, null, date, blocks);
        }

        private Builder add(Block block) {
            closeFields();
            blocks.add(block);
            return this;
        }

        private void closeFields() {
            if (openFields != null) {
                blocks.add(new Block.Fields(List.copyOf(openFields)));
                openFields = null;
            }
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }
    }
}
