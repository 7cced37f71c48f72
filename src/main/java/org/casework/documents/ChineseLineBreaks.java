package org.casework.documents;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Line breaking for Chinese text (避头尾): a line may break between any two ideographs, but never
 * before closing punctuation (，。、；：）》 …) nor after opening punctuation (（《“ …), so no line starts
 * with a comma and no line ends with an opening bracket.
 */
final class ChineseLineBreaks implements SplitCharacter {

    static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{¥";

    private ChineseLineBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = charAt(current, cc, ck);
        if (NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (current + 1 < end) {
            char next = charAt(current + 1, cc, ck);
            if (NO_LINE_START.indexOf(next) >= 0) {
                return false;
            }
            if (ideographic(next)) {
                return true;
            }
        }
        return ideographic(c) || DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
    }

    private static char charAt(int i, char[] cc, PdfChunk[] ck) {
        return ck == null ? cc[i] : (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }

    private static boolean ideographic(char c) {
        return (c >= '\u2e80' && c < '\ud7a0') || (c >= '\uf900' && c < '\ufb00') || (c >= '\ufe30' && c < '\ufe50')
                || (c >= '\uff61' && c < '\uffa0');
    }
}
