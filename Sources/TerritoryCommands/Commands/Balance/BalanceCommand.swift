import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// `territory balance`: proposes which doctors should change rep so that utilisation evens out, with few
/// moves and little travel; writes the balanced territory folder and compares plans before and after.
public struct BalanceCommand: Command {
    public init() {}
    public let name = "balance"
    public let summary = "Propose moving doctors between reps to even out utilisation (and compare plans)"

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
        "usage: territory balance \(Self.parser.synopsis)\n       territory balance --compare OLD/plan.json NEW/plan.json [--lang zh|en]"
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
        units moved, the travel estimate (per hospital: days there × (base → hospital + on to the
        nearest other hospital of the rep or back)), and the spread of utilisation; it is a local
        search (relocate, swap, chains of two) from today's assignment, restarted from perturbations.
        The lower bound printed is max(Σ over reps above the band ⌈excess ÷ largest unit⌉,
        Σ over reps below ⌈deficit ÷ largest unit that may come⌉).

        --write DIR writes a new territory folder: the input's files copied, doctors.csv with the new
        reps (UTF-8 with BOM); then `territory plan --territory DIR --out DIR/plans` plans it and
        `territory balance --compare OLD/plan.json NEW/plan.json` shows red and yellow coverage and
        travel per rep before and after. csv is one row per move (UTF-8 with BOM, for Excel); json has
        the reps before and after, the moves, the band and the objective's levels.

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

    public func run(arguments: [String], context: CommandContext) -> Int32 {
        let parsed: ParsedArguments
        let shared: SharedOptions
        let requestedMonth: YearMonth
        do {
            parsed = try Self.parser.parse(arguments)
            if parsed.flag("--help") {
                context.stdout.write(help)
                return ExitCode.success
            }
            shared = try SharedOptions(parsed, context: context)
            requestedMonth = try PlanSetup.month(parsed.value("--month"), now: context.now)
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        if parsed.flag("--compare") { return compare(parsed, shared: shared, context: context) }
        guard parsed.positionals.isEmpty else {
            return usageError(
                UsageError("unexpected argument \"\(parsed.positionals[0])\"; plans are compared with --compare OLD NEW"), usage: usage, context: context)
        }
        let setup: PlanSetup
        switch PlanSetup.load(
            shared: shared, month: requestedMonth, monthIsDefault: parsed.value("--month") == nil,
            outcome: "balanced", context: context)
        {
        case .success(let s): setup = s
        case .failure(let status): return status.code
        }
        let territory = setup.territory
        let repIDs: [String]
        let limits: BalanceLimits
        let seed: UInt64
        let nearest: Int
        do {
            repIDs = try PlanCommand.repIDs(parsed.listValues("--rep"), territory: territory)
            limits = try Self.limits(parsed, rules: territory.rules)
            seed = try Self.seed(parsed)
            nearest = try Self.nearest(parsed)
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        let out = parsed.value("--out")
        if let out, let status = refusedOutput([out], given: out, shared: shared, usage: usage, context: context) { return status }
        var files: [(name: String, bytes: [UInt8])] = []
        var writeFolder: URL?
        if let write = parsed.value("--write") {
            let folder = AtomicFileWriter.resolve(write, relativeTo: context.currentDirectory)
            if SharedOptions.realPath(folder) == SharedOptions.realPath(shared.territory) {
                return usageError(
                    UsageError("--write \(write) is the territory's own folder and would overwrite its inputs; write the balanced folder somewhere else"),
                    usage: usage, context: context)
            }
            do {
                files = try BalancedTerritory.files(from: shared.territory, reassigned: [:])
            } catch {
                DiagnosticPrinter.printFailure(error, in: shared.territory, nothing: "balanced", to: context)
                return error.exitCode
            }
            let paths = files.map { folder.appendingPathComponent($0.name).path }
            for path in paths {
                if let problem = shared.shadowedInput(path, readFiles: SharedOptions.inputOptions.compactMap { parsed.value($0) }, context: context) {
                    return usageError(UsageError("--write \(write) would \(problem); write somewhere else"), usage: usage, context: context)
                }
                do { try AtomicFileWriter.check(path, relativeTo: context.currentDirectory, option: "--write") } catch {
                    DiagnosticPrinter.print([.error(error.description)], to: context)
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
            granularity: parsed.flag("--keep-hospitals") ? .keepHospitals : .hospitalGroup, nearestReps: nearest,
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
                DiagnosticPrinter.printFailure(error, in: shared.territory, nothing: "balanced", to: context)
                return error.exitCode
            } catch {
                DiagnosticPrinter.print([.error("\(error)")], to: context)
                return ExitCode.cannotCreate
            }
            context.stderr.write(
                shared.language.pick(
                    "已写入调整后的区域：\(folder.path)（doctors.csv 中 \(proposal.reassigned.count) 位医生换了代表）\n",
                    "Wrote the balanced territory to \(folder.path) (\(proposal.reassigned.count) doctors change rep in doctors.csv)\n"))
        }
        let text: String
        switch parsed.value("--format") ?? "table" {
        case "csv": text = document.csv()
        case "json": text = document.json()
        default: text = document.table()
        }
        return emit(text, out: out, wrote: DiagnosticPrinter.count(proposal.moves.count, "move"), context: context)
    }

    /// `--compare OLD NEW`: one line per rep.
    func compare(_ parsed: ParsedArguments, shared: SharedOptions, context: CommandContext) -> Int32 {
        guard parsed.positionals.count == 2 else {
            return usageError(UsageError("--compare needs two plan.json files, the old plan and the new one"), usage: usage, context: context)
        }
        let urls = parsed.positionals.map { AtomicFileWriter.resolve($0, relativeTo: context.currentDirectory) }
        do {
            let comparison = try PlanComparison(old: urls[0], new: urls[1])
            return emit(comparison.table(language: shared.language), out: parsed.value("--out"), wrote: "the comparison", context: context)
        } catch {
            DiagnosticPrinter.print(error.diagnostics, to: context)
            return error.exitCode
        }
    }

    static func limits(_ parsed: ParsedArguments, rules: Rules) throws(UsageError) -> BalanceLimits {
        var limits = BalanceLimits(cap: rules.balanceCap, tolerance: rules.balanceTolerance)
        if let s = parsed.value("--cap") {
            guard let v = Double(s.hasSuffix("%") ? String(s.dropLast()) : s), (50...300).contains(v) else {
                throw UsageError("invalid --cap \"\(s)\"; expected a percentage in 50…300, e.g. 105")
            }
            limits.cap = v / 100
        }
        if let s = parsed.value("--tolerance") {
            guard let v = Double(s), (0...50).contains(v) else { throw UsageError("invalid --tolerance \"\(s)\"; expected points in 0…50, e.g. 3") }
            limits.tolerance = v / 100
        }
        if let s = parsed.value("--max-moves") {
            guard let n = Int(s), n >= 0 else { throw UsageError("invalid --max-moves \"\(s)\"; expected a whole number ≥ 0") }
            limits.maxMoves = n
        }
        return limits
    }

    static func nearest(_ parsed: ParsedArguments) throws(UsageError) -> Int {
        guard let s = parsed.value("--nearest") else { return 5 }
        guard let n = Int(s), n >= 0 else { throw UsageError("invalid --nearest \"\(s)\"; expected a whole number ≥ 0 (0 = any rep)") }
        return n
    }

    static func seed(_ parsed: ParsedArguments) throws(UsageError) -> UInt64 {
        guard let s = parsed.value("--seed") else { return 1 }
        guard let seed = UInt64(s) else { throw UsageError("invalid seed \"\(s)\"; expected a whole number ≥ 0") }
        return seed
    }
}
