package nl.leerwerkplaats.catalog.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.leerwerkplaats.catalog.entity.ModuleAsset;

/**
 * Serves a module version's images under {@code /modules/ID/VERSION/images/NAME}. A version never changes,
 * so responses are cached for a year. SVG gets a policy that forbids any script it may carry.
 */
@WebServlet("/modules/*")
public class ModuleFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/", 4);
        if (parts.length < 4 || parts[3].contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var asset = catalog.file(parts[1], parts[2], parts[3]).filter(ModuleAsset::isServable);
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = asset.get().getContent();
        response.setContentType(asset.get().getMediaType());
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.getOutputStream().write(content);
    }
}
