package org.marsad.cli;

import java.io.PrintWriter;
import org.marsad.config.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code marsad} command line: one subcommand per job. Errors print one line naming what was
 * wrong and exit non-zero; {@code --debug} adds the stack trace.
 */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    versionProvider = MarsadCommand.Version.class,
    description = "Arabic-first news aggregation and media monitoring.",
    subcommands = {
      CommandLine.HelpCommand.class,
      AnalyzeCommand.class,
      NormalizeCommand.class,
      ServeCommand.class,
      SourcesCommand.class,
      FetchCommand.class,
      ImportCommand.class,
      SearchCommand.class,
      RelatedCommand.class,
      ReindexCommand.class,
      StoriesCommand.class,
      EntitiesCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      SolrCommand.class,
      MigrateCommand.class,
    })
public final class MarsadCommand implements Runnable {

  @Option(
      names = "--debug",
      description = "Print stack traces on errors.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code; the entry point tests use. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new MarsadCommand());
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          MarsadCommand root = commandLine.getCommandSpec().root().commandLine().getCommand();
          PrintWriter err = commandLine.getErr();
          if (root.debug) {
            ex.printStackTrace(err);
          }
          String message =
              ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
          err.println("marsad " + commandLine.getCommandName() + ": " + message);
          return ex instanceof UserInputException ? 2 : 1;
        });
    return cli;
  }

  /** Version, commit and build time, as Maven recorded them in the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {BuildInfo.current().describe()};
    }
  }
}
