package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginWritesTest {

    @ParameterizedTest(name = "Origin {0} with Host {1}: same host {2}")
    @CsvSource({
            "http://127.0.0.1:8080, 127.0.0.1:8080, true",
            "https://leren.example.nl, leren.example.nl, true",
            "https://leren.example.nl, leren.example.nl:443, true",
            "http://leren.example.nl, leren.example.nl:80, true",
            "https://LEREN.example.nl, leren.example.nl, true",
            "http://evil.example, 127.0.0.1:8080, false",
            "http://127.0.0.1:9090, 127.0.0.1:8080, false",
            "https://leren.example.nl.evil.example, leren.example.nl, false",
            "null, 127.0.0.1:8080, false",
            "'not a url', 127.0.0.1:8080, false"
    })
    void comparesHostAndPort(String origin, String host, boolean same) {
        assertEquals(same, SameOriginWrites.sameHost(origin, host));
    }
}
