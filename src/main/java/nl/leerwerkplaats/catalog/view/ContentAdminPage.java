package nl.leerwerkplaats.catalog.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.catalog.boundary.ContentStatus;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.DataChange;
import nl.leerwerkplaats.platform.Messages;

/** Backs admin/content.xhtml: what the last content load found, and "reload content" without restart. */
@Named
@RequestScoped
public class ContentAdminPage {

    @Inject
    ContentStatus status;

    @Inject
    ContentLibrary library;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Event<DataChange> changes;

    public ContentStatus.Snapshot getSnapshot() {
        return status.snapshot();
    }

    public void reload() {
        ContentStatus.Snapshot snapshot = library.reload();
        long added = snapshot.modules().stream().filter(ContentStatus.LoadedModule::newVersion).count();
        changes.fire(new DataChange(currentAccount.get().getId(), "content.reloaded", "content",
                snapshot.modules().size() + " module(s), " + added + " new version(s), " + snapshot.errors().size()
                        + " error(s)"));
        faces.addMessage(null, new FacesMessage(snapshot.errors().isEmpty() ? FacesMessage.SEVERITY_INFO
                : FacesMessage.SEVERITY_WARN, messages.get("admin.content.reloaded",
                snapshot.modules().size(), added, snapshot.errors().size()), null));
    }
}
