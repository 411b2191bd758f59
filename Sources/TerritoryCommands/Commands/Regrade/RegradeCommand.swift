import TerritoryFormats
import TerritoryModel

/// `territory regrade`: the month-end re-grade, an earlier snapshot (folder or grade JSON) against a territory folder.
public struct RegradeCommand: OptionsCommand {
    /// Creates the command.
    public init() {}

    public var name: String { "regrade" }
    public var summary: String { "Month-end re-grade: cell and zone movements between two snapshots (table, CSV or JSON)" }
    public let summaryZH = "月末重新分级：两份快照之间的级别与分区变化（表格、CSV 或 JSON）"

    /// The options of `territory regrade`.
    public static let parser = ArgumentParser(options: [
        .value(
            "--before", short: "-b", valueName: "DIR_OR_GRADES", help: "The earlier snapshot: a territory folder, or a `territory grade --format json` file"),
        .value("--after", short: "-a", valueName: "DIR", help: "The later territory folder (its rules grade it)"),
        SharedOptions.language,
        .value("--rep", short: "-r", valueName: "ID", help: "Only this rep's doctors (repeat or comma-separate for several; default: all)"),
        .choice("--format", ["table", "csv", "json"], help: "Output format (default: table)"),
        .value("--out", short: "-o", valueName: "FILE", help: "Write to FILE (atomically) instead of standard output"),
    ])

    /// `usage: territory regrade --before … --after …`.
    public var usage: String {
        let optional = Self.parser.synopsis.replacingOccurrences(of: "[--before DIR_OR_GRADES] ", with: "").replacingOccurrences(of: "[--after DIR] ", with: "")
        return "usage: territory regrade --before DIR_OR_GRADES --after DIR \(optional)"
    }

    public var help: String {
        """
        territory regrade: the month-end re-grade (每月客户分级调整) between two snapshots

        \(usage)

        OPTIONS:
        \(Self.parser.optionsHelp)
        Grades both snapshots (each folder by its own rules.json; a grade JSON file as it was written) and
        matches doctors by doctor id. Per rep and in total it shows the 10×10 movement matrix (rows: cell
        before, columns: cell after, "not listed" for doctors who entered or left the list), the zone
        movement (before, after, stayed, from and to other zones, entered, left, visits), the visits the
        new frequencies add or remove next month, and the doctors that moved with old and new cell and
        zone (the table lists them under each rep). A doctor whose rep changed is the same doctor in the
        total; in the reps' sections the doctor leaves the old rep's list and enters the new one's. csv
        is the list of doctors that moved among the reps shown (UTF-8 with BOM, for Excel; visits added
        and removed as two columns); json has every group with its matrix, zones, visits and movements.

        EXAMPLES:
          territory grade --territory ~/district --format json --out ~/grades-2026-11.json
          territory regrade --before ~/grades-2026-11.json --after ~/district
          territory regrade --before ~/district-2026-11 --after ~/district --rep R01 --lang en

        EXIT CODES: 0 ok, 64 bad usage or an --out that would overwrite an input, 65 bad data, 66 missing folder or file,
        73 cannot write --out (a link, pipe or device in its place, no space, no permission; nothing is written).

        """
    }

    /// The options of `territory regrade`.
    public struct Options: CommandOptions {
        /// `--before DIR_OR_GRADES`: the earlier snapshot, a folder or a grade JSON file.
        public var before: String
        /// `--after DIR`: the later territory folder.
        public var after: String
        /// `--lang`.
        public var language: Language
        /// `--rep`, as given; empty: every rep.
        public var reps: [String]
        /// `--format`.
        public var format: OutputFormat
        /// `--out FILE`; nil: standard output.
        public var out: String?

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            guard let b = parsed.value("--before") else {
                throw UsageError("--before DIR_OR_GRADES is required", zh: "缺少 --before DIR_OR_GRADES：请给出调整前的区域文件夹或分级文件")
            }
            guard let a = parsed.value("--after") else { throw UsageError("--after DIR is required", zh: "缺少 --after DIR：请给出调整后的区域文件夹") }
            (before, after) = (b, a)
            language = parsed.choice("--lang", default: context.language)
            reps = parsed.listValues("--rep")
            format = parsed.choice("--format", default: OutputFormat.table)
            out = parsed.value("--out")
        }
    }

    public func run(_ options: Options, context: CommandContext) -> Int32 {
        let (beforePath, afterPath, language) = (options.before, options.after, options.language)
        var snapshots: [GradeSnapshot] = []
        for (path, option, allowFile) in [(beforePath, "--before", true), (afterPath, "--after", false)] {
            do {
                let s = try GradeSnapshot.load(path, option: option, allowFile: allowFile, currentDirectory: context.currentDirectory)
                // A warning both folders share (the same hospitals.csv) is printed once.
                DiagnosticPrinter.print(s.warnings.filter { w in !snapshots.contains { $0.warnings.contains(w) } }, language: language, to: context)
                snapshots.append(s)
            } catch {
                DiagnosticPrinter.printSnapshotFailure(error, path: path, nothing: "compared", language: language, to: context)
                if error.exitCode == ExitCode.usage { context.stderr.write(usageAndHelp(usage, language: language)) }
                return error.exitCode
            }
        }
        let (before, after) = (snapshots[0], snapshots[1])
        let repIDs: [String]?
        do throws(UsageError) {
            repIDs =
                options.reps.isEmpty
                ? nil : try PlanCommand.repIDs(options.reps, among: before.repIDs.union(after.repIDs).sorted { NaturalOrder.less($0, $1) })
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        let out = options.out
        if let out {
            // Neither snapshot's folder may have an input overwritten or shadowed, nor the --before file itself.
            for folder in [after, before] where folder.territory != nil {
                let shared = SharedOptions(
                    territory: AtomicFileWriter.resolve(folder.source, relativeTo: context.currentDirectory), language: language,
                    readFiles: [beforePath])
                if let status = refusedOutput([out], given: out, shared: shared, usage: usage, context: context) { return status }
            }
        }
        let document = RegradeDocument(before: before, after: after, repIDs: repIDs, language: language)
        let text: String
        switch options.format {
        case .csv: text = document.csv()
        case .json: text = document.json()
        case .table: text = document.table()
        }
        let moved = document.total.movement.movements.count
        return emit(
            text, out: out, wrote: ("月末重新分级（\(moved) 位医生级别变化）", "the re-grade (\(DiagnosticPrinter.count(moved, "doctor")) moved)"),
            language: language, context: context)
    }
}
