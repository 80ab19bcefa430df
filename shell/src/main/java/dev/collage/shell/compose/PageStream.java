package dev.collage.shell.compose;

import gg.jte.TemplateOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The page as it goes to the browser: the layout writes into it, and it flushes whenever the
 * next slot is not ready yet, so the browser has everything before that slot while the shell
 * waits. It writes straight to the servlet's output stream, because Javalin's own result
 * methods buffer the whole response.
 */
final class PageStream implements TemplateOutput {

    /** The browser went away; there is no one left to write to. */
    static final class ClientGoneException extends RuntimeException {
        ClientGoneException(IOException cause) {
            super(cause);
        }
    }

    private final Writer out;

    PageStream(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 4096);
    }

    @Override
    public void writeContent(String value) {
        try {
            out.write(value);
        } catch (IOException e) {
            throw new ClientGoneException(e);
        }
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        try {
            out.write(value, beginIndex, endIndex - beginIndex);
        } catch (IOException e) {
            throw new ClientGoneException(e);
        }
    }

    /** Sends what is written so far. */
    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new ClientGoneException(e);
        }
    }
}
