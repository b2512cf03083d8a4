package org.marsad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code marsad train}: trains Marsad's statistical models from labelled data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a model from labelled data.",
    subcommands = {TrainNerCommand.class, TrainCategoryCommand.class})
final class TrainCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
