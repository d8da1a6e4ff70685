package nl.leerwerkplaats.certificate.view;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /verify/{code}}, the address in a certificate's QR code: shows the public verification page for the
 * code without changing the address the reader sees.
 */
@WebServlet("/verify/*")
public class VerifyForward extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        // Only the code's own characters pass on; anything else is simply not found by the page.
        String safe = code.replaceAll("[^0-9A-Za-z-]", "");
        request.getRequestDispatcher("/certificates/verify.xhtml?code=" + safe).forward(request, response);
    }
}
