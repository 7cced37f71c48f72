package org.casework.documents.forms;

/** The three opinions a legal review or case review may give. */
public enum ReviewConclusion {
    AGREE("同意"),
    CORRECT("建议纠正"),
    INVESTIGATE_FURTHER("建议补充调查");

    private final String label;

    ReviewConclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
