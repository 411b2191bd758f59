import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// `territory merge PLAN.json…`: joins the slices of `territory plan --shard K/N` into the whole plan and checks it.
public struct MergeCommand: OptionsCommand {
    public init() {}
    public let name = "merge"
    public let summary = "Join the slices of plan --shard K/N into the whole plan, and check it"
    public let summaryZH = "把 plan --shard K/N 的各分片合并为完整计划，并检查"

    public static let parser = ArgumentParser(
        options: SharedOptions.specs + [
            .value("--out", short: "-o", valueName: "DIR", help: "Folder for the whole plan's files (default: plans/<month>)"),
            PlanSetup.holidaysOption,
            PlanSetup.weekdaysOnlyOption,
        ], maxPositionals: .max)

    /// `usage: territory merge PLAN.json… [--territory DIR] …`.
    public var usage: String { "usage: territory merge PLAN.json… \(Self.parser.synopsis)" }

    public var help: String {
        """
        territory merge: join the slices of a sharded plan into the whole plan

        \(usage)

        Joins the N folders written by `territory plan --shard K/N` (K = 1…N; name each slice's
        plan.json, in any order) into one: plan.json, plan.csv and, with managers.csv,
        co_visits.csv and manager-<id>.ics, in --out. The slices' entries and records are put
        in reps.csv order; nothing is planned again, so the result equals the plan of all reps
        made at once, byte for byte. Before writing, it refuses slices that are not one plan
        (a slice missing or given twice, different counts, months, seeds, warnings or --lang, or
        reps that are not the slice's in the territory) and checks the whole plan as `territory
        check` does; an invalid plan is reported and nothing is written. The territory is the
        one the slices record (plan.json's "territory"), else --territory, else the demo.

        OPTIONS:
        \(Self.parser.optionsHelp)
        \(SharedOptions.territoryHelp)

        EXAMPLE (three slices, each on its own machine or core, then the join):
          territory plan --territory ~/national --month 2026-12 --shard 1/3 --out /tmp/s1
          territory plan --territory ~/national --month 2026-12 --shard 2/3 --out /tmp/s2
          territory plan --territory ~/national --month 2026-12 --shard 3/3 --out /tmp/s3
          territory merge /tmp/s1/plan.json /tmp/s2/plan.json /tmp/s3/plan.json --out plans/2026-12

        EXIT CODES: 0 joined and valid, 64 bad usage, 65 slices that are not one plan, an invalid plan or bad data,
        66 missing folder or file, 73 cannot write --out (nothing is written).

        """
    }

    /// The options of `territory merge`.
    public struct Options: CommandOptions {
        /// The slices' plan.json files, as given.
        public var plans: [String]
        /// `--out DIR`; nil: plans/<month>.
        public var out: String?
        /// `--territory` (else the folder the slices record, else the demo), `--lang`, `--holidays`, `--weekdays-only`.
        public var shared: SharedOptions.Given

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            guard !parsed.positionals.isEmpty else {
                throw UsageError("missing PLAN.json: name the plan.json of every slice", zh: "缺少 PLAN.json：请给出每一片的 plan.json")
            }
            plans = parsed.positionals
            out = parsed.value("--out")
            shared = SharedOptions.Given(parsed, context: context)
        }
    }

    public func run(_ options: Options, context: CommandContext) -> Int32 {
        let language = options.shared.language
        // Every slice's files first, every problem reported at once.
        var read: [(name: String, url: URL, plan: PlanFile)] = []
        var failures: [TerritoryLoadError] = []
        for name in options.plans {
            let url = AtomicFileWriter.resolve(name, relativeTo: context.currentDirectory)
            do {
                read.append((name, url, try PlanFile.read(url)))
            } catch {
                failures.append(error)
            }
        }
        if !failures.isEmpty {
            for f in failures { DiagnosticPrinter.print(f.diagnostics, language: language, to: context) }
            return failures.contains { $0.kind == .missing } ? ExitCode.noInput : ExitCode.dataError
        }
        let first = read[0]
        let recorded = first.plan.territory.map { AtomicFileWriter.resolve($0, relativeTo: first.url.deletingLastPathComponent().path) }
        let shared: SharedOptions
        do throws(UsageError) {
            shared = try SharedOptions(
                options.shared, context: context, fallback: recorded.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil })
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        let setup: PlanSetup
        switch PlanSetup.load(shared: shared, month: first.plan.month, outcome: "merged", context: context) {
        case .success(let s): setup = s
        case .failure(let status): return status.code
        }
        let managers = setup.territory.managers
        var slices: [PlanMerge.Slice] = []
        var missing: [Diagnostic] = []
        for r in read {
            let folder = r.url.deletingLastPathComponent()
            func bytes(_ file: String) -> [UInt8]? {
                let path = folder.appendingPathComponent(file).path
                guard let data = FileManager.default.contents(atPath: path) else {
                    missing.append(
                        .error(
                            file: path, language.pick("找不到文件", "file not found"),
                            fix: language.pick("每个分片的文件夹里要有 plan 写入的全部文件", "each slice's folder needs every file plan wrote into it")))
                    return nil
                }
                return Array(data)
            }
            var calendars: [String: [UInt8]] = [:]
            for m in managers {
                let file = ManagerCalendar.fileName(managerID: m.id)
                calendars[file] = bytes(file)
            }
            slices.append(
                PlanMerge.Slice(
                    name: r.name, plan: r.plan, csv: bytes("plan.csv") ?? [], coVisitCSV: managers.isEmpty ? nil : bytes("co_visits.csv") ?? [],
                    calendars: calendars))
        }
        if !missing.isEmpty {
            DiagnosticPrinter.print(missing, language: language, to: context)
            return ExitCode.noInput
        }
        let merge = PlanMerge(slices: slices, territory: setup.territory)
        let problems = merge.problems(language: language)
        if !problems.isEmpty {
            DiagnosticPrinter.print(problems, language: language, to: context)
            context.stderr.write(language.pick("分片不能合并为一个计划；未写入任何文件\n", "the slices do not join into one plan; nothing was written\n"))
            return ExitCode.dataError
        }

        let out =
            options.out.map { AtomicFileWriter.resolve($0, relativeTo: context.currentDirectory) }
            ?? URL(fileURLWithPath: context.currentDirectory).appendingPathComponent("plans").appendingPathComponent(first.plan.month.description)
        if let slice = read.first(where: { $0.url.deletingLastPathComponent().standardizedFileURL.path == out.standardizedFileURL.path }) {
            return usageError(
                UsageError(
                    "--out \(options.out ?? out.path) is the folder of the slice \(slice.name); write the whole plan somewhere else",
                    zh: "--out \(options.out ?? out.path) 是分片 \(slice.name) 的文件夹；请把整个计划写到别处"),
                usage: usage, context: context)
        }
        let joined = merge.joined(territoryPath: RelativePath.of(shared.territory, from: out))

        // The whole plan is checked as `territory check` checks it before anything is written.
        let plan = joined.plan
        let violations = setup.violations(of: plan)
        if !violations.isEmpty {
            for v in violations { context.stdout.write(v.line(chinese: language == .zh) + "\n") }
            context.stderr.write(
                language.pick(
                    "合并后的计划无效：\(violations.count) 处违规；未写入任何文件\n",
                    "the joined plan is invalid: \(violations.count) violations; nothing was written\n"))
            return ExitCode.dataError
        }

        var contents = [
            (out.appendingPathComponent("plan.json").path, Array(plan.json().utf8)), (out.appendingPathComponent("plan.csv").path, joined.csv),
        ]
        if let coVisits = joined.coVisitCSV { contents.append((out.appendingPathComponent("co_visits.csv").path, coVisits)) }
        for c in joined.calendars { contents.append((out.appendingPathComponent(c.name).path, c.bytes)) }
        if let status = refusedOutput(contents.map(\.0), given: options.out ?? out.path, shared: shared, usage: usage, context: context) {
            return status
        }
        do {
            try AtomicFileWriter.write(files: contents, createFolders: true)
        } catch {
            DiagnosticPrinter.print([error.diagnostic], to: context)
            return ExitCode.cannotCreate
        }
        context.stderr.write(language.pick("已写入 ", "Wrote ") + contents.map(\.0).joined(separator: ", ") + "\n")
        context.stdout.write(
            language.pick(
                "已合并 \(read.count) 个分片：\(plan.reps.count) 位代表，\(plan.visits.count) 次拜访，\(plan.month)；计划有效。\n",
                "joined \(read.count) slice\(read.count == 1 ? "" : "s"): \(plan.reps.count) reps, \(plan.visits.count) visits, \(plan.month); the plan is valid.\n"
            ))
        return ExitCode.success
    }
}
