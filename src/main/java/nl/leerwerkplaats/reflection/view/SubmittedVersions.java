package nl.leerwerkplaats.reflection.view;

import java.util.ArrayList;
import java.util.List;

import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionVersion;

/** The submitted versions of a reflection as both the learner's and the reviewer's page show them. */
record SubmittedVersions(Reflection reflection, ParsedReflection assignment) {

    List<VersionView> newestFirst() {
        List<VersionView> versions = new ArrayList<>();
        for (ReflectionVersion version : reflection.getVersions()) {
            versions.add(0, VersionView.of(version, reflection.before(version), assignment));
        }
        return versions;
    }
}
