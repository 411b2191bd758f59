import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// Where `report` and `export` get their month plan: a plan.json given with `--plan`, or a fresh plan
/// made with the same defaults and seed as `territory plan` (so both agree with what `plan` writes).
struct PlanSource {
    /// The territory, calendar, leave and travel model.
    let setup: PlanSetup
    /// The plan, with the managers' co-visit days (those of the file, or chosen as `plan` chooses them).
    let plan: MonthPlan
    /// The re-plan record when `--plan` is a re-plan.
    var replan: ReplanRecord? = nil

    /// `--plan FILE`.
    static let planOption = OptionSpec.value(
        "--plan", short: "-p", valueName: "FILE",
        help: "Use this plan.json (written by `territory plan`) instead of planning now")
    /// `--seed`, `--iterations`, `--time-limit`, exactly as `territory plan` has them.
    static let effortOptions: [OptionSpec] = ["--seed", "--iterations", "--time-limit"].compactMap { name in
        PlanCommand.parser.options.first { $0.name == name }
    }
    /// `--month`, `--holidays`, `--weekdays-only`, then the effort options.
    static let planningOptions: [OptionSpec] = [PlanSetup.monthOption] + effortOptions + [PlanSetup.holidaysOption, PlanSetup.weekdaysOnlyOption]

    /// Reads `plan` (`--plan`) or, without one, plans `repIDs` (nil = every rep) of the month. Prints what went
    /// wrong and returns the exit code on failure; progress of planning goes to stderr.
    static func load(
        plan planPath: String?, shared: SharedOptions, month requested: YearMonth?, effort: Planner.Effort,
        repIDs requestedReps: [String]?, context: CommandContext
    ) -> Result<PlanSource, ExitStatus> {
        let language = shared.language
        if let path = planPath {
            let file: PlanFile
            do { file = try context.readPlan(path) } catch { return .failure(error) }
            if let requested, requested != file.month {
                DiagnosticPrinter.print(
                    [
                        Diagnostic.error(
                            "--month \(requested) does not match the plan's month \(file.month)",
                            fix: "leave out --month, or give the plan of \(requested)"
                        ).zh("--month \(requested) 与计划的月份 \(file.month) 不符", fix: "请去掉 --month，或给出 \(requested) 的计划")
                    ], to: context)
                return .failure(ExitStatus(ExitCode.usage))
            }
            let setup: PlanSetup
            switch PlanSetup.load(shared: shared, month: file.month, context: context) {
            case .success(let s): setup = s
            case .failure(let status): return .failure(status)
            }
            do {
                var plan = try file.monthPlan(
                    territory: setup.territory, workingDays: setup.calendar.workingDays(in: file.month),
                    leave: setup.inputs.leave, travel: setup.travel, seed: effort.seed)
                plan.managers = file.managerPlans
                return .success(PlanSource(setup: setup, plan: plan, replan: file.replan))
            } catch {
                DiagnosticPrinter.print([unknownRep(error.repID, plan: path, territory: shared.territory)], to: context)
                return .failure(ExitStatus(ExitCode.dataError))
            }
        }
        let setup: PlanSetup
        switch PlanSetup.load(
            shared: shared, month: requested ?? PlanSetup.nextMonth(now: context.now), monthIsDefault: requested == nil, context: context)
        {
        case .success(let s): setup = s
        case .failure(let status): return .failure(status)
        }
        let month = setup.month
        let repIDs = requestedReps ?? setup.territory.reps.map(\.id)
        // The same month warnings as `plan` (leave, travel times; territories/BAD-INPUT.md).
        DiagnosticPrinter.print(
            setup.inputs.warnings
                + setup.inputs.monthWarnings(
                    territory: setup.territory, repIDs: repIDs, month: month,
                    workingDays: setup.calendar.workingDays(in: month)),
            language: language, to: context)
        context.stderr.write(language.pick("正在规划 \(month)，\(repIDs.count) 位代表…\n", "Planning \(month) for \(repIDs.count) reps…\n"))
        var plan: MonthPlan
        do {
            plan = try MonthPlanning.solve(setup: setup, month: month, repIDs: repIDs, effort: effort) { p, rep in
                context.stderr.write(MonthPlanning.progressLine(p, rep, language: language))
            }
        } catch {
            DiagnosticPrinter.print([.error("rep \(error.repID): \(error.message)", fix: nil)], to: context)
            return .failure(ExitStatus(ExitCode.dataError))
        }
        plan.managers = CoVisitPlanner.plan(plan, territory: setup.territory, travel: setup.travel)
        return .success(PlanSource(setup: setup, plan: plan))
    }

    /// A plan.json naming a rep the territory does not have: the plan was made for another territory.
    static func unknownRep(_ repID: String, plan path: String, territory: URL) -> Diagnostic {
        Diagnostic.error(file: path, "names rep \"\(repID)\", which is not in reps.csv of \(territory.path)", fix: "give the --territory the plan was made for")
            .zh("其中的代表 \"\(repID)\" 不在 \(territory.path) 的 reps.csv 中", fix: "请用 --territory 给出制定该计划时的区域")
    }

    /// The default output file `plans/<month>/<name>` below the current directory, or `out` (`--out`).
    static func outputURL(_ out: String?, month: YearMonth, defaultName: String, context: CommandContext) -> URL {
        if let out { return AtomicFileWriter.resolve(out, relativeTo: context.currentDirectory) }
        return URL(fileURLWithPath: context.currentDirectory).appendingPathComponent("plans")
            .appendingPathComponent(month.description).appendingPathComponent(defaultName)
    }

    /// Writes the text atomically, making missing folders on the way; prints `Wrote PATH` (or why not) to stderr.
    static func write(_ text: String, to url: URL, language: Language, context: CommandContext) -> Int32 {
        do {
            try AtomicFileWriter.write(text, to: url.path, createFolders: true)
        } catch {
            DiagnosticPrinter.print([error.diagnostic], to: context)
            return ExitCode.cannotCreate
        }
        context.stderr.write(language.pick("已写入 ", "Wrote ") + url.path + "\n")
        return ExitCode.success
    }
}
