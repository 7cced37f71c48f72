package org.casework.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EngineTextTest {

    @Test
    void chineseOfTheBasicPlanePasses() {
        assertThat(EngineText.requireBmp("caseNo", "东执罚〔2024〕第001号·审核")).isEqualTo("东执罚〔2024〕第001号·审核");
        assertThat(EngineText.isEngineSafe("你好，世界")).isTrue();
        assertThat(EngineText.isEngineSafe(null)).isTrue();
        assertThat(EngineText.requireBmp("caseNo", null)).isNull();
    }

    @Test
    void fourByteCharacterIsRefusedWithAChineseMessageNamingIt() {
        String name = "吉野家𠮷野家";
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(3 * 5 + 4);
        assertThatThrownBy(() -> EngineText.requireBmp("partyName", "当事人名称", name))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("当事人名称不能包含生僻字或表情符号等四字节字符（流程引擎不支持）：“𠮷”")
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("partyName");
        assertThatThrownBy(() -> EngineText.requireBmp("note", "办结😀"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("不能包含生僻字或表情符号等四字节字符（流程引擎不支持）")
                .hasMessageEndingWith("“😀”");
    }

    @Test
    void toEngineSafeReplacesEachFourByteCharacterByOneReplacementCharacter() {
        assertThat(EngineText.toEngineSafe("𠮷田😀店")).isEqualTo("\uFFFD田\uFFFD店");
        assertThat(EngineText.toEngineSafe("普通文本")).isEqualTo("普通文本");
        assertThat(EngineText.toEngineSafe(null)).isNull();
        String safe = EngineText.toEngineSafe("𩸽鱼");
        assertThat(EngineText.isEngineSafe(safe)).isTrue();
        // every character now fits Camunda's utf8mb3 columns: at most three bytes each
        safe.codePoints().forEach(cp -> assertThat(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(3));
    }

    @Test
    void loneSurrogateIsNotEngineSafe() {
        assertThat(EngineText.isEngineSafe("a\uD842b")).isFalse();
        assertThat(EngineText.toEngineSafe("a\uD842b")).isEqualTo("a\uFFFDb");
    }
}
