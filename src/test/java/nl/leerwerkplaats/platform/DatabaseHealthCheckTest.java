package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** /health reports an unreachable database as DOWN, whatever the pool throws. */
class DatabaseHealthCheckTest {

    /** Payara supplies the response builder at run time; outside the server this plain one stands in. */
    @BeforeAll
    static void responseBuilder() {
        HealthCheckResponse.setResponseProvider(PlainBuilder::new);
    }

    private static HealthCheckResponse checkWith(Throwable failure) {
        DatabaseHealthCheck check = new DatabaseHealthCheck();
        check.dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw failure;
                });
        return check.call();
    }

    @Test
    @DisplayName("A refused connection is DOWN with the reason")
    void refusedConnectionIsDown() {
        HealthCheckResponse response = checkWith(new SQLException("Connection refused", "08001"));
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("not reachable", response.getData().orElseThrow().get("error"),
                "not the driver's message, which may name the address");
    }

    @Test
    @DisplayName("A runtime exception of the pool is DOWN too, not an error of the health endpoint")
    void poolRuntimeExceptionIsDown() {
        HealthCheckResponse response = checkWith(new IllegalStateException("pool closed"));
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    }

    private static final class PlainBuilder extends HealthCheckResponseBuilder {
        private String name;
        private boolean up;
        private final Map<String, Object> data = new HashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String named) {
            name = named;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean isUp) {
            up = isUp;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                    Optional.of(data));
        }
    }
}
