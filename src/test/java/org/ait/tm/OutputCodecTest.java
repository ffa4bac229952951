package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class OutputCodecTest {

    @Property
    void packUnpackRoundTrip(@ForAll @StringLength(min = 1, max = 31) String raw, @ForAll @IntRange(min = 2, max = 16) int k) {
        StringBuilder s = new StringBuilder();
        for (char c : raw.toCharArray()) {
            s.append(OutputCodec.charOf(Math.floorMod(c, k)));
        }
        String str = s.substring(0, Math.min(s.length(), OutputCodec.maxPackedLength(k)));
        long code = OutputCodec.pack(str, k);
        assertEquals(str, OutputCodec.unpack(code, k));
        assertEquals(str.length(), OutputCodec.length(code, k));
    }

    @Test
    void codesOrderByLengthThenLexicographically() {
        assertTrue(OutputCodec.pack("1", 2) < OutputCodec.pack("00", 2));
        assertTrue(OutputCodec.pack("01", 2) < OutputCodec.pack("10", 2));
        assertTrue(OutputCodec.pack("9", 10) < OutputCodec.pack("00", 10));
    }

    @Test
    void badSymbolsAreNamedByPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputCodec.pack("0120", 2));
        assertTrue(e.getMessage().contains("'2' at position 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OutputCodec.pack("", 2));
        assertThrows(IllegalArgumentException.class, () -> OutputCodec.pack("0".repeat(63), 2));
    }
}
