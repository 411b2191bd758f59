import TerritoryFormats
import TerritoryModel

/// `territory grade`: grades every doctor on the nine-grid and prints the grids and the list, or writes
/// the manager's CSV or JSON.
public struct GradeCommand: OptionsCommand {
    /// Creates the command.
    public init() {}

    public var name: String { "grade" }
    public var summary: String { "Grade every doctor on the nine-grid (table, CSV or JSON)" }
    public let summaryZH = "按九宫格为每位医生分级（表格、CSV 或 JSON）"

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

    /// The options of `territory grade`.
    public struct Options: CommandOptions {
        /// `--territory`, `--lang`.
        public var shared: SharedOptions
        /// `--rep`, as given (checked against the territory's reps once it is read); empty: every rep.
        public var reps: [String]
        /// `--format`.
        public var format: OutputFormat
        /// `--out FILE`; nil: standard output.
        public var out: String?

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            shared = try SharedOptions(parsed, context: context)
            reps = parsed.listValues("--rep")
            format = parsed.choice("--format", default: OutputFormat.table)
            out = parsed.value("--out")
        }
    }

    public func run(_ options: Options, context: CommandContext) -> Int32 {
        let shared = options.shared
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
            repIDs = options.reps.isEmpty ? nil : try PlanCommand.repIDs(options.reps, among: territory.reps.map(\.id))
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        if let out = options.out,
            let status = refusedOutput([out], given: out, shared: shared, usage: usage, context: context)
        {
            return status
        }
        let report = GradeReport(territory: territory, repIDs: repIDs, language: shared.language)
        let out = options.out
        let text: String
        switch options.format {
        case .csv: text = report.csv()
        case .json: text = report.json()
        case .table: text = report.table(color: out == nil && context.usesColor)
        }
        return emit(
            text, out: out, wrote: ("\(report.doctors.count) 位医生", DiagnosticPrinter.count(report.doctors.count, "doctor")), language: shared.language,
            context: context)
    }
}
