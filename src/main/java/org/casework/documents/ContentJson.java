package org.casework.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The stored form of a document's content: JSON, dates as 2024-02-04. */
final class ContentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContentJson() {
    }

    static String write(DocumentContent content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("文书内容无法保存", e);
        }
    }

    static DocumentContent read(String json) {
        try {
            return MAPPER.readValue(json, DocumentContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("文书内容无法读取", e);
        }
    }
}
