package io.github.layakanak.kla.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in a few words what an I/O failure was, without the exception's class name. */
final class Problems {

    private Problems() {
    }

    static String of(IOException e) {
        return of(e, Lang.EN);
    }

    /** The same in a language; what the operating system says of other failures stays in its words. */
    static String of(IOException e, Lang lang) {
        if (e instanceof NoSuchFileException) {
            return lang.text("output.problem.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return lang.text("output.problem.denied");
        }
        if (e instanceof FileAlreadyExistsException) {
            return lang.text("output.problem.exists");
        }
        if (e instanceof NotDirectoryException) {
            return lang.text("output.problem.notDirectory");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
