package nl.leerwerkplaats.cohort.view;

import java.io.Serializable;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.identity.boundary.AcceptablePassword;
import nl.leerwerkplaats.identity.entity.Account;

/**
 * Name, e-mail and password of someone creating their own account, with the checks of those fields; shared by
 * the registration page and the join page (WEB-INF/includes/new-account-fields.xhtml).
 */
public class NewAccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{field.required}")
    @Size(max = Account.NAME_MAX)
    private String name;

    @NotBlank(message = "{field.required}")
    @Email(message = "{field.email}")
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotBlank(message = "{field.required}")
    @AcceptablePassword
    private String password;

    /** The privacy statement must have been read before an account holds anyone's data (AVG/GDPR). */
    @AssertTrue(message = "{privacy.readRequired}")
    private boolean privacyRead;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isPrivacyRead() {
        return privacyRead;
    }

    public void setPrivacyRead(boolean privacyRead) {
        this.privacyRead = privacyRead;
    }
}
