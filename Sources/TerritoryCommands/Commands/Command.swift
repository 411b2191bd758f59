import TerritoryFormats

/// A `territory` subcommand (`grade`, `plan`, `check`, `progress`, `replan`, `balance`, `report`, `export`).
///
/// A command parses its own arguments (usually with `ArgumentParser` and `SharedOptions`), prints its help
/// for `--help`, writes through the context, and returns the process exit code.
public protocol Command: Sendable {
    /// The word after `territory`, e.g. `grade`.
    var name: String { get }
    /// One line for `territory --help`.
    var summary: String { get }
    /// The full `territory <name> --help` text, ending with a line break.
    var help: String { get }
    /// Runs with the arguments after the command name; returns the exit code.
    func run(arguments: [String], context: CommandContext) -> Int32
}

extension Command {
    /// Prints a usage error the standard way and returns 64:
    /// `error: MESSAGE`, then `usage: …` and `See 'territory NAME --help'.`
    public func usageError(_ error: UsageError, usage: String, context: CommandContext) -> Int32 {
        context.stderr.write("error: \(error.message)\n\(usage)\nSee 'territory \(name) --help'.\n")
        return ExitCode.usage
    }

    /// Prints `text` on standard output, or with `--out FILE` writes it atomically and says `wrote WHAT to FILE`
    /// on standard error; returns 0, or 73 when the file cannot be written.
    public func emit(_ text: String, out: String?, wrote what: String, context: CommandContext) -> Int32 {
        guard let out else {
            context.stdout.write(text)
            return ExitCode.success
        }
        do {
            try AtomicFileWriter.write(text, to: out, relativeTo: context.currentDirectory)
        } catch {
            context.stderr.write("error: \(error)\n")
            return ExitCode.cannotCreate
        }
        context.stderr.write("wrote \(what) to \(out)\n")
        return ExitCode.success
    }
}
