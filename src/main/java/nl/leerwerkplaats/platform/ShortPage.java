package nl.leerwerkplaats.platform;

import java.io.IOException;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A page of a heading, a sentence and a link, written without Faces: for answers given before or instead of the
 * platform's pages (database not reachable, a post too large), which must not need the database or the session.
 */
final class ShortPage {

    private ShortPage() {
    }

    static void write(HttpServletResponse response, ResourceBundle bundle, String key, String href, String linkKey)
            throws IOException {
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/html");
        String title = HtmlText.escape(bundle.getString(key + ".title"));
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + bundle.getLocale().getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title></head><body><main><h1>" + title + "</h1>"
                + "<p>" + HtmlText.escape(bundle.getString(key + ".text")) + "</p>"
                + "<p><a href=\"" + HtmlText.escape(href) + "\">" + HtmlText.escape(bundle.getString(linkKey))
                + "</a></p></main></body></html>");
    }
}
