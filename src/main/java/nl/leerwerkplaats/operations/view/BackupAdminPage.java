package nl.leerwerkplaats.operations.view;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.operations.boundary.DatabaseBackup;
import nl.leerwerkplaats.operations.boundary.DatabaseBackups;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;

/** Backs admin/backups.xhtml: "Back-up maken" and the list of backups made. */
@Named
@RequestScoped
public class BackupAdminPage {

    @Inject
    DatabaseBackups backups;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Messages messages;

    private List<DatabaseBackup> list;

    public boolean isAvailable() {
        return backups.available();
    }

    public String getFolder() {
        return backups.folder().toString();
    }

    public List<DatabaseBackup> getBackups() {
        if (list == null) {
            list = backups.list();
        }
        return list;
    }

    public String make() {
        try {
            DatabaseBackup made = backups.make(currentAccount.get());
            messages.info("admin.backups.made", made.name(), made.megabytes());
            return "/admin/backups?faces-redirect=true";
        } catch (BusinessException refused) {
            messages.show(refused, "backup");
            return null;
        }
    }
}
