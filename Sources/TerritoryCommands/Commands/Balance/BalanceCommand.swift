import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// `territory balance`: proposes which doctors should change rep so that utilisation evens out, with few
/// moves and little travel; writes the balanced territory folder and compares plans before and after.
public struct BalanceCommand: OptionsCommand {
    public init() {}
    public let name = "balance"
    public let summary = "Propose moving doctors between reps to even out utilisation (and compare plans)"
    public let summaryZH = "在代表之间调整医生，使饱和度均衡（也可对比两份计划）"

    public static let parser = ArgumentParser(
        options: SharedOptions.specs + [
            PlanSetup.monthOption,
            .value("--rep", short: "-r", valueName: "ID", help: "Balance only among these reps (repeat or comma-separate; default: all)"),
            .value("--max-moves", valueName: "N", help: "Change the rep of at most N units (default: no limit)"),
            .flag("--keep-hospitals", help: "Move single doctors, and only to reps who already see their hospital"),
            .value("--cap", valueName: "PCT", help: "Highest utilisation a rep may reach while the district has room (default: rules.json balance_cap, 105)"),
            .value(
                "--tolerance", valueName: "PTS", help: "Points from the district's utilisation every rep should end (default: rules.json balance_tolerance, 3)"),
            .value(
                "--nearest", valueName: "N",
                help: "A hospital group may go to a rep who already sees the hospital or to one of the N reps based nearest to it (default: 5; 0 = any rep)"),
            .value("--seed", valueName: "N", help: "Seed of the search (default: 1)"),
            .choice("--format", short: "-f", ["table", "csv", "json"], help: "Output format (default: table)"),
            .value("--out", short: "-o", valueName: "FILE", help: "Write the proposal to FILE (atomically) instead of standard output"),
            .value("--write", valueName: "DIR", help: "Write the balanced territory folder to DIR (doctors.csv reassigned, other files copied)"),
            .flag("--compare", help: "Compare two plans instead: territory balance --compare OLD/plan.json NEW/plan.json"),
            PlanSetup.holidaysOption,
            PlanSetup.weekdaysOnlyOption,
        ], maxPositionals: 2)

    /// `usage: territory balance [--territory DIR] …`.
    public var usage: String {
        "usage: territory balance \(Self.parser.synopsis)\n       territory balance --compare OLD/plan.json NEW/plan.json [--format table|csv|json] [--out FILE] [--lang zh|en]"
    }

    public var help: String {
        """
        territory balance: propose moving doctors between reps so that utilisation evens out

        \(usage)

        Utilisation is required visits ÷ capacity (calls per day × working days of --month less leave),
        as `territory plan` counts it. The proposal brings every rep into a band around the district's
        utilisation: from average − tolerance to average + tolerance, never above the cap while the
        district has room; when the district itself is above the cap, the band is average ± tolerance.
        What moves is a rep's doctors at one hospital, red doctors apart from the others (red doctors
        keep their rep unless moving them is the only way); with --keep-hospitals single doctors move,
        and only to a rep who already sees their hospital, so no rep gains a hospital. A hospital group
        goes only to a rep who already sees the hospital or to one of the --nearest reps based nearest to it.
        The solver minimises, in this order: visits above the band, visits below it, red units moved,
        units moved, the travel estimate (per hospital: days there, at least its visits ÷ half a day's
        calls, × twice the way from the base or the rep's nearest hospital nearer the base), and the
        spread of utilisation; it is a local
        search (relocate, swap, chains of two) from today's assignment, restarted from perturbations.
        The lower bound printed is max(Σ over reps above the band ⌈excess ÷ largest unit⌉,
        Σ over reps below ⌈deficit ÷ largest unit that may come⌉).

        --write DIR writes a new territory folder: the input's files copied, doctors.csv with the new
        reps (UTF-8 with BOM); then `territory plan --territory DIR --out DIR/plans` plans it and
        `territory balance --compare OLD/plan.json NEW/plan.json` shows red and yellow coverage and
        travel per rep before and after (also as --format csv or json). For a proposal, csv is one row
        per move (UTF-8 with BOM, for Excel); json has the reps before and after, the moves, the band
        and the objective's levels.

        OPTIONS:
        \(Self.parser.optionsHelp)
        \(SharedOptions.territoryHelp)

        EXAMPLES:
          territory balance --territory /tmp/bal20 --month 2026-12
          territory balance --territory /tmp/bal20 --month 2026-12 --write /tmp/bal20-balanced
          territory balance --compare /tmp/old/plan.json /tmp/new/plan.json --lang en

        EXIT CODES: 0 ok, 64 bad usage or an --out/--write that would overwrite an input, 65 bad data or unknown holidays,
        66 missing folder or file, 73 cannot write --out or --write (nothing is written).

        """
    }

    /// The options of `territory balance`.
    public struct Options: CommandOptions {
        /// `--territory`, `--lang`, `--holidays`, `--weekdays-only`.
        public var shared: SharedOptions
        /// `--month`, else next month (which may fall back to the last month with published holidays).
        public var month: YearMonth
        /// Whether `--month` was given.
        public var monthGiven: Bool
        /// `--rep`, as given; empty: every rep.
        public var reps: [String]
        /// `--cap` as a fraction; nil: the rules' balance_cap.
        public var cap: Double?
        /// `--tolerance` as a fraction; nil: the rules' balance_tolerance.
        public var tolerance: Double?
        /// `--max-moves`; nil: no limit.
        public var maxMoves: Int?
        /// `--seed`.
        public var seed: UInt64
        /// `--nearest`: each unit may move only to this many nearest reps (0 = any rep).
        public var nearest: Int
        /// `--keep-hospitals`: move single doctors, only to reps who already see the hospital.
        public var keepHospitals: Bool
        /// `--write DIR`: the balanced territory folder.
        public var write: String?
        /// `--compare OLD NEW`: the two plan.json files compared, when given.
        public var compare: (old: String, new: String)?
        /// `--format`.
        public var format: OutputFormat
        /// `--out FILE`; nil: standard output.
        public var out: String?

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            shared = try SharedOptions(parsed, context: context)
            month = try PlanSetup.month(parsed.value("--month"), now: context.now)
            monthGiven = parsed.value("--month") != nil
            reps = parsed.listValues("--rep")
            if let s = parsed.value("--cap") {
                guard let v = Double(s.hasSuffix("%") ? String(s.dropLast()) : s), (50...300).contains(v) else {
                    throw UsageError("invalid --cap \"\(s)\"; expected a percentage in 50…300, e.g. 105", zh: "--cap 的值 \"\(s)\" 无效；应为 50…300 的百分数，如 105")
                }
                cap = v / 100
            }
            if let s = parsed.value("--tolerance") {
                guard let v = Double(s), (0...50).contains(v) else {
                    throw UsageError("invalid --tolerance \"\(s)\"; expected points in 0…50, e.g. 3", zh: "--tolerance 的值 \"\(s)\" 无效；应为 0…50 个百分点，如 3")
                }
                tolerance = v / 100
            }
            if let s = parsed.value("--max-moves") {
                guard let n = Int(s), n >= 0 else {
                    throw UsageError("invalid --max-moves \"\(s)\"; expected a whole number ≥ 0", zh: "--max-moves 的值 \"\(s)\" 无效；应为 ≥ 0 的整数")
                }
                maxMoves = n
            }
            seed = try PlanCommand.seed(parsed) ?? 1
            nearest = 5
            if let s = parsed.value("--nearest") {
                guard let n = Int(s), n >= 0 else {
                    throw UsageError(
                        "invalid --nearest \"\(s)\"; expected a whole number ≥ 0 (0 = any rep)", zh: "--nearest 的值 \"\(s)\" 无效；应为 ≥ 0 的整数（0 表示任一代表）")
                }
                nearest = n
            }
            keepHospitals = parsed.flag("--keep-hospitals")
            write = parsed.value("--write")
            if parsed.flag("--compare") {
                guard parsed.positionals.count == 2 else {
                    throw UsageError("--compare needs two plan.json files, the old plan and the new one", zh: "--compare 需要两个 plan.json 文件：旧计划和新计划")
                }
                compare = (parsed.positionals[0], parsed.positionals[1])
            } else if let first = parsed.positionals.first {
                throw UsageError(
                    "unexpected argument \"\(first)\"; plans are compared with --compare OLD NEW", zh: "多余的参数 \"\(first)\"；比较计划请用 --compare OLD NEW")
            }
            format = parsed.choice("--format", default: OutputFormat.table)
            out = parsed.value("--out")
        }

        /// The limits of the search: the rules' cap and tolerance unless given, and `--max-moves`.
        func limits(rules: Rules) -> BalanceLimits {
            var limits = BalanceLimits(cap: cap ?? rules.balanceCap, tolerance: tolerance ?? rules.balanceTolerance)
            if let maxMoves { limits.maxMoves = maxMoves }
            return limits
        }
    }

    public func run(_ options: Options, context: CommandContext) -> Int32 {
        let shared = options.shared
        if let plans = options.compare { return compare(plans, format: options.format, out: options.out, shared: shared, context: context) }
        let setup: PlanSetup
        switch PlanSetup.load(
            shared: shared, month: options.month, monthIsDefault: !options.monthGiven,
            outcome: "balanced", context: context)
        {
        case .success(let s): setup = s
        case .failure(let status): return status.code
        }
        let territory = setup.territory
        let repIDs: [String]
        do {
            repIDs = try PlanCommand.repIDs(options.reps, territory: territory)
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        let (limits, seed, nearest) = (options.limits(rules: territory.rules), options.seed, options.nearest)
        let out = options.out
        if let out, let status = refusedOutput([out], given: out, shared: shared, usage: usage, context: context) { return status }
        var files: [(name: String, bytes: [UInt8])] = []
        var writeFolder: URL?
        if let write = options.write {
            let folder = AtomicFileWriter.resolve(write, relativeTo: context.currentDirectory)
            if SharedOptions.realPath(folder) == SharedOptions.realPath(shared.territory) {
                return usageError(
                    UsageError(
                        "--write \(write) is the territory's own folder and would overwrite its inputs; write the balanced folder somewhere else",
                        zh: "--write \(write) 是区域自身的文件夹，会覆盖其输入文件；请把调整后的文件夹写到别处"),
                    usage: usage, context: context)
            }
            do {
                files = try BalancedTerritory.files(from: shared.territory, reassigned: [:])
            } catch {
                DiagnosticPrinter.printFailure(error, in: shared.territory, nothing: "balanced", language: shared.language, to: context)
                return error.exitCode
            }
            let paths = files.map { folder.appendingPathComponent($0.name).path }
            for path in paths {
                if let problem = shared.shadowedInput(path, readFiles: shared.readFiles, context: context) {
                    return usageError(
                        UsageError("--write \(write) would \(problem.en); write somewhere else", zh: "--write \(write) 会\(problem.zh)；请写到别处"),
                        usage: usage, context: context)
                }
                do { try AtomicFileWriter.check(path, relativeTo: context.currentDirectory, option: "--write") } catch {
                    DiagnosticPrinter.print([error.diagnostic], to: context)
                    return ExitCode.cannotCreate
                }
            }
            writeFolder = folder
        }

        let workingDays = setup.calendar.workingDays(in: setup.month)
        let capacity = repIDs.map {
            RepMonth.capacity(rep: territory.rep(id: $0)!, workingDays: workingDays, leave: setup.inputs.leave, rules: territory.rules)
        }
        let problem = BalanceProblem.build(
            territory: territory, repIDs: repIDs, capacity: capacity,
            granularity: options.keepHospitals ? .keepHospitals : .hospitalGroup, nearestReps: nearest,
            limits: limits, travel: setup.travel)
        // Single doctors (--keep-hospitals) make a thousand units on a 20-rep district: fewer rounds keep it to seconds.
        let proposal = BalanceProposal(
            problem: problem,
            options: problem.units.count > 400
                ? BalanceSearch.Options(seed: seed, rounds: 10, undoTries: 20) : BalanceSearch.Options(seed: seed))
        let document = BalanceDocument(proposal: proposal, territory: territory, month: setup.month, language: shared.language)

        if let folder = writeFolder {
            do {
                let rewritten = try BalancedTerritory.files(from: shared.territory, reassigned: proposal.reassigned)
                try AtomicFileWriter.write(
                    files: rewritten.map { (folder.appendingPathComponent($0.name).path, $0.bytes) }, createFolders: true, option: "--write")
            } catch let error as TerritoryLoadError {
                DiagnosticPrinter.printFailure(error, in: shared.territory, nothing: "balanced", language: shared.language, to: context)
                return error.exitCode
            } catch {
                DiagnosticPrinter.print([(error as? FileWriteError)?.diagnostic ?? .error("\(error)")], to: context)
                return ExitCode.cannotCreate
            }
            context.stderr.write(
                shared.language.pick(
                    "已写入调整后的区域：\(folder.path)（doctors.csv 中 \(proposal.reassigned.count) 位医生换了代表）\n",
                    "Wrote the balanced territory to \(folder.path) (\(proposal.reassigned.count) doctors change rep in doctors.csv)\n"))
        }
        let text: String
        switch options.format {
        case .csv: text = document.csv()
        case .json: text = document.json()
        case .table: text = document.table()
        }
        return emit(
            text, out: out, wrote: ("\(proposal.moves.count) 处调整", DiagnosticPrinter.count(proposal.moves.count, "move")), language: shared.language,
            context: context)
    }

    /// `--compare OLD NEW`: one line per rep, as a table, Excel CSV or JSON.
    func compare(_ plans: (old: String, new: String), format: OutputFormat, out: String?, shared: SharedOptions, context: CommandContext) -> Int32 {
        let urls = [plans.old, plans.new].map { AtomicFileWriter.resolve($0, relativeTo: context.currentDirectory) }
        do {
            let comparison = try PlanComparison(old: urls[0], new: urls[1])
            let text: String
            switch format {
            case .table: text = comparison.table(language: shared.language)
            case .csv: text = comparison.csv(language: shared.language)
            case .json: text = comparison.json()
            }
            return emit(text, out: out, wrote: ("计划对比", "the comparison"), language: shared.language, context: context)
        } catch {
            DiagnosticPrinter.print(error.diagnostics, to: context)
            return error.exitCode
        }
    }
}
