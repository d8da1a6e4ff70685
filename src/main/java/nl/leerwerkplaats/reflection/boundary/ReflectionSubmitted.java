package nl.leerwerkplaats.reflection.boundary;

import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionVersion;

/** Fired inside the transaction that locked a new submitted version. */
public record ReflectionSubmitted(Reflection reflection, ReflectionVersion version) {
}
