package nl.leerwerkplaats.progress.control;

/** A reflection assignment of a module version; some need a reviewer's approval, others only submission. */
public record ReflectionItem(String key, String title, boolean approvalRequired) {
}
