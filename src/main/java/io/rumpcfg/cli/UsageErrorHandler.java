package io.rumpcfg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in one line, then where the help is, rather than the whole help: the line
 * says what was wrong, and the user asks for the rest. picocli's suggestion for a misspelt
 * option or command stays.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        String command = cli.getCommandSpec().qualifiedName(" ");
        err.println(command + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("see '" + command + " --help'");
        err.flush();
        return ExitCode.USAGE;
    }
}
