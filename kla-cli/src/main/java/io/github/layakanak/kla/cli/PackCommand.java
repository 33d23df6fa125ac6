package io.github.layakanak.kla.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kla pack}: what kla does for the authors of a rule pack; today one subcommand, {@code new}. */
@Command(name = "pack", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        subcommands = PackNewCommand.class,
        synopsisSubcommandLabel = "${bundle:help.label.command:-COMMAND}")
final class PackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), common.lang.text("usage.giveCommand",
                String.join(", ", spec.subcommands().keySet())));
    }
}
