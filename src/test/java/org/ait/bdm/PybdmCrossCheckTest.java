package org.ait.bdm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.ait.io.Json;
import org.junit.jupiter.api.Test;

/**
 * BDM and block entropy of 72 random 1D and 2D objects, every partition the reference implementation has
 * (ignore, correlated with shifts 1, 3 and 5, recursive), as computed by pybdm 0.1.0 on the published tables; the
 * inputs and values are in {@code pybdm-cross-check.json}. Same tables here, so the values must agree to 1e-12.
 */
class PybdmCrossCheckTest {

    @Test
    void agreesWithTheReferenceImplementation() throws IOException {
        CtmValues one = ReferenceValues.published1d();
        CtmValues two = ReferenceValues.published2d();
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("pybdm-cross-check.json")) {
            doc = Json.mapper().readTree(in);
        }
        int checked = 0;
        for (JsonNode c : doc.get("cases")) {
            int dims = c.get("dims").asInt();
            Partition p = Partition.parse(c.get("partition").asText());
            BdmScorer.Builder b = BdmScorer.builder(dims == 1 ? one : two).partition(p);
            JsonNode shape = c.get("shape");
            b = dims == 1 ? b.block(shape.get(0).asInt()) : b.block(shape.get(0).asInt(), shape.get(1).asInt());
            if (c.get("params").has("shift")) {
                b.shift(c.get("params").get("shift").asInt());
            }
            if (c.get("params").has("min_length")) {
                b.minLength(c.get("params").get("min_length").asInt());
            }
            BdmScorer s = b.build();
            String x = c.get("x").asText();
            SymbolGrid g = dims == 1 ? SymbolGrid.parse(x) : SymbolGrid.parseRows(x.split("-"));
            BdmResult r = s.score(g);
            assertEquals(c.get("bdm").asDouble(), r.bdm(), 1e-12, s + " on " + x);
            assertEquals(c.get("ent").asDouble(), r.entropy(), 1e-12, s + " entropy on " + x);
            checked++;
        }
        assertEquals(72, checked);
    }
}
