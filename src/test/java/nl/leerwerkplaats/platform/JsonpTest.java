package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonpTest {

    @Test
    @DisplayName("JSON for a script element cannot end it or open a tag, and reads back the same")
    void jsonForScriptCannotEndTheScriptElement() {
        String title = "Titel </script><script>window.__xss=1</script> & <!-- \u2028 \"quoted\"";
        JsonObject config = Jsonp.object().add("label", title).build();

        String safe = Jsonp.forScript(config);

        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&") || safe.contains("\u2028"), safe);
        assertEquals(title, Jsonp.reader(new StringReader(safe)).readObject().getString("label"));
    }
}
