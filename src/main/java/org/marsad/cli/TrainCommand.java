package org.marsad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code marsad train}: builds the models Marsad ships from training data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a model from data.",
    subcommands = {TrainNerCommand.class})
final class TrainCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
