import TerritoryFormats
import TerritoryModel

/// `territory grade`: grades every doctor on the nine-grid and prints the grids and the list, or writes
/// the manager's CSV or JSON.
public struct GradeCommand: Command {
    /// Creates the command.
    public init() {}

    public var name: String { "grade" }
    public var summary: String { "Grade every doctor on the nine-grid (table, CSV or JSON)" }

    /// The options of `territory grade`.
    public static let parser = ArgumentParser(
        options: SharedOptions.specs + [
            .value("--rep", short: "-r", valueName: "ID", help: "Only this rep's doctors (repeat or comma-separate for several; default: all)"),
            .choice("--format", ["table", "csv", "json"], help: "Output format (default: table)"),
            .value("--out", short: "-o", valueName: "FILE", help: "Write to FILE (atomically) instead of standard output"),
        ])

    /// `usage: territory grade [--territory DIR] …`.
    public var usage: String { "usage: territory grade \(Self.parser.synopsis)" }

    public var help: String {
        """
        territory grade: grade every doctor on the nine-grid

        \(usage)

        OPTIONS:
        \(Self.parser.optionsHelp)
        The table shows, per rep and in total, the 3×3 grid of doctor counts (rows A/B/C = grade,
        columns 1/2/3 = behaviour), coloured by zone on a terminal (not when piped or with NO_COLOR),
        then the doctor list. csv is the manager's list (UTF-8 with BOM, for Excel); json has one
        object per doctor with English keys.
        \(SharedOptions.territoryHelp)

        EXIT CODES: 0 ok, 64 bad usage or an --out that would overwrite an input, 65 bad data, 66 missing folder or file,
        73 cannot write --out (a link, pipe or device in its place, no space, no permission; nothing is written).

        """
    }

    public func run(arguments: [String], context: CommandContext) -> Int32 {
        let parsed: ParsedArguments
        let shared: SharedOptions
        do {
            parsed = try Self.parser.parse(arguments)
            if parsed.flag("--help") {
                context.stdout.write(help)
                return ExitCode.success
            }
            shared = try SharedOptions(parsed, context: context)
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        let loaded: LoadedTerritory
        do {
            loaded = try TerritoryLoader.load(directory: shared.territory)
        } catch {
            DiagnosticPrinter.printFailure(error, in: shared.territory, nothing: "graded", language: shared.language, to: context)
            return error.exitCode
        }
        DiagnosticPrinter.print(loaded.warnings, language: shared.language, to: context)
        let territory = loaded.territory
        // --rep as in plan, progress and replan: repeatable, comma-separated, each checked.
        let repIDs: [String]?
        do throws(UsageError) {
            repIDs = parsed.allValues("--rep").isEmpty ? nil : try PlanCommand.repIDs(parsed, territory: territory)
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        if let out = parsed.value("--out"),
            let status = refusedOutput([out], given: out, shared: shared, usage: usage, context: context)
        {
            return status
        }
        let report = GradeReport(territory: territory, repIDs: repIDs, language: shared.language)
        let out = parsed.value("--out")
        let text: String
        switch parsed.value("--format") ?? "table" {
        case "csv": text = report.csv()
        case "json": text = report.json()
        default: text = report.table(color: out == nil && context.usesColor)
        }
        return emit(text, out: out, wrote: DiagnosticPrinter.count(report.doctors.count, "doctor"), context: context)
    }
}
