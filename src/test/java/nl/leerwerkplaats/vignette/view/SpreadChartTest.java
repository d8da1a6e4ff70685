package nl.leerwerkplaats.vignette.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpreadChartTest {

    @Test
    @DisplayName("A scale label is wrapped between words into lines of about 16 characters; a long word stays whole")
    void labelsWrapBetweenWords() {
        assertEquals("[\"Hoort bij gewoon\",\"opgroeien\"]", SpreadChart.lines("Hoort bij gewoon opgroeien").build().toString());
        assertEquals("[\"Steun\"]", SpreadChart.lines("Steun").build().toString());
        assertEquals("[\"Specialistische\",\"hulp nodig\"]", SpreadChart.lines("Specialistische hulp nodig").build().toString());
        assertEquals("[\"Jeugdgezondheidszorgverpleegkundige\"]",
                SpreadChart.lines("Jeugdgezondheidszorgverpleegkundige").build().toString());
    }
}
