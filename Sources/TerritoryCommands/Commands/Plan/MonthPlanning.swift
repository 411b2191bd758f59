import Dispatch
import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// Plans the chosen reps of a month, reps in parallel on the available cores. Each rep's month (its routing
/// problem) is built inside the worker that solves it and dropped after, so memory holds a month per core, not
/// one per rep; what is shown and warned about before solving is counted without building the months.
enum MonthPlanning {
    /// A rep's month before solving, counted without its routing problem: the figures of the capacity table and
    /// what the planning warnings read (`rep-over-capacity`, `reception-short`), as `RepMonth` has them.
    struct MonthFacts: Sendable {
        let repID: String
        let workingDays: Int
        let leaveDays: Int
        let capacity: Int
        let required: Int
        /// The rep's hospitals whose reception windows cannot hold their doctors' calls, in first-doctor order.
        let shortReceptions: [ReceptionCapacity]

        /// The facts of `rep`'s month; O(the rep's doctors + working days × leave entries).
        init(rep: Rep, territory: Territory, workingDays: [CalendarDate], leave: [Leave]) {
            let rules = territory.rules
            let doctors = territory.gradedDoctors(ofRep: rep.id)
            let leaveDays = workingDays.filter { leave.covers(repID: rep.id, on: $0) }.count
            let days = workingDays.count - leaveDays
            repID = rep.id
            self.workingDays = workingDays.count
            self.leaveDays = leaveDays
            capacity = RepMonth.callsPerDay(rep: rep, rules: rules) * days
            required = doctors.reduce(0) { $0 + $1.visitsPerMonth }
            shortReceptions = RepMonth.receptionCapacities(rep: rep, doctors: doctors, days: days, rules: rules).filter(\.isShort)
        }

        /// Required visits ÷ capacity, as `RepPlan.utilisation` counts it.
        var utilisation: Double { RepPlan.utilisation(required: required, capacity: capacity) }
    }

    /// The facts of `repIDs`' months in that order; a rep the territory does not have is the error.
    static func facts(setup: PlanSetup, month: YearMonth, repIDs: [String]) throws(RepMonthError) -> [MonthFacts] {
        let workingDays = setup.calendar.workingDays(in: month)
        return try repIDs.map { id throws(RepMonthError) in
            guard let rep = setup.territory.rep(id: id) else { throw RepMonthError(repID: id, message: "unknown rep \(id)") }
            return MonthFacts(rep: rep, territory: setup.territory, workingDays: workingDays, leave: setup.inputs.leave)
        }
    }

    /// The months' capacity and required visits as a plan with nothing placed yet: the table shown before solving.
    static func capacityPlan(_ facts: [MonthFacts], month: YearMonth, seed: UInt64) -> MonthPlan {
        MonthPlan(
            month: month, seed: seed,
            reps: facts.map {
                RepPlan(
                    repID: $0.repID, workingDays: $0.workingDays, leaveDays: $0.leaveDays, capacity: $0.capacity, required: $0.required,
                    visits: [], unplaced: [], plannedByZone: [], travelKm: 0, travelMinutes: 0, solveSeconds: 0, iterations: 0)
            })
    }

    /// Solves the reps' months (each built in its worker); the result is in the order given, whatever order they
    /// finish in. `progress` receives each rep's plan as it finishes (from any thread). The first rep (in the order
    /// given) whose month cannot be built is the error, and then nothing is planned for use.
    static func solve(
        setup: PlanSetup, month: YearMonth, repIDs: [String], effort: Planner.Effort,
        progress: @escaping @Sendable (RepPlan, Rep) -> Void
    ) throws(RepMonthError) -> MonthPlan {
        let workingDays = setup.calendar.workingDays(in: month)
        let results = IndexedResults<Result<RepPlan, RepMonthError>>(count: repIDs.count)
        DispatchQueue.concurrentPerform(iterations: repIDs.count) { k in
            switch repMonth(setup: setup, repID: repIDs[k], workingDays: workingDays) {
            case .success(let m):
                let plan = Planner.plan(m, rules: setup.territory.rules, effort: effort)
                results.set(k, .success(plan))
                progress(plan, m.rep)
            case .failure(let e):
                results.set(k, .failure(e))
            }
        }
        return MonthPlan(month: month, seed: effort.seed, reps: try results.all().map { r throws(RepMonthError) in try r.get() })
    }

    /// One rep's month, or why it cannot be built.
    static func repMonth(setup: PlanSetup, repID: String, workingDays: [CalendarDate]) -> Result<RepMonth, RepMonthError> {
        do {
            return .success(
                try Planner.repMonth(
                    territory: setup.territory, repID: repID, workingDays: workingDays, leave: setup.inputs.leave, travel: setup.travel))
        } catch {
            return .failure(RepMonthError(repID: repID, message: error.description))
        }
    }

    /// One progress line: `R01 陈思远: 184/192 visits placed, 8 unplaced, 93.4 km, 0.81 s`.
    static func progressLine(_ p: RepPlan, _ rep: Rep, language: Language) -> String {
        let missing = p.unplaced.reduce(0) { $0 + $1.missing }
        let km = (p.travelKm * 10).rounded() / 10
        let seconds = (p.solveSeconds * 100).rounded() / 100
        let name = TerminalText.inert(rep.name)
        return language.isEnglish
            ? "\(rep.id) \(name): \(p.visits.count)/\(p.required) visits placed, \(missing) unplaced, \(km) km, \(seconds) s\n"
            : "\(rep.id) \(name)：已安排 \(p.visits.count)/\(p.required) 次，未安排 \(missing) 次，路程 \(km) 公里，用时 \(seconds) 秒\n"
    }
}

/// A rep whose month could not be built into a routing problem.
struct RepMonthError: Error {
    let repID: String
    let message: String
}

/// Results written by concurrent workers, one per index, read once all are done.
final class IndexedResults<Item>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Item?]
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ item: Item) {
        lock.lock()
        items[k] = item
        lock.unlock()
    }
    func all() -> [Item] {
        lock.lock()
        defer { lock.unlock() }
        return items.map { $0! }
    }
}

/// The reps whose plan finished, in the order they finished (from any thread), and the counter a
/// run in a terminal shows as each finishes: `[3/20 · 12 s · about 68 s left]`, the time so far
/// per rep done times the reps left (reps run several at once, which the rate already includes).
final class FinishedReps: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let started = ContinuousClock.now
    private var list: [String] = []

    init(total: Int) { self.total = total }

    /// Records rep `id` as finished and returns the counter text in `language`.
    @discardableResult
    func add(_ id: String, language: Language) -> String {
        lock.lock()
        defer { lock.unlock() }
        list.append(id)
        let done = list.count
        let elapsed = Double((ContinuousClock.now - started).components.seconds)
        let left = Int((elapsed / Double(done) * Double(total - done)).rounded())
        return language.pick(
            "[\(done)/\(total) · 已用 \(Int(elapsed)) 秒" + (done < total ? " · 约剩 \(left) 秒] " : "] "),
            "[\(done)/\(total) · \(Int(elapsed)) s" + (done < total ? " · about \(left) s left] " : "] "))
    }

    /// The finished reps so far.
    var ids: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
