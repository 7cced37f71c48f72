package org.casework.documents.forms;

/** One turn in a record (笔录): who spoke (问, 答, 调查人员, 当事人张三 …) and what was said. */
public record Statement(String speaker, String text) {
}
