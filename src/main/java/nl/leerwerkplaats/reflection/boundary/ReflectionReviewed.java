package nl.leerwerkplaats.reflection.boundary;

import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionVersion;

/** Fired inside the transaction that recorded a reviewer's decision on a version. */
public record ReflectionReviewed(Reflection reflection, ReflectionVersion version) {
}
