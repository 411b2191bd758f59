import Dispatch
import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// Plans the chosen reps of a month, reps in parallel on the available cores.
enum MonthPlanning {
    /// Builds every rep-month first (so capacity can be shown before solving), reps in parallel, in the order
    /// given; the first rep (in that order) whose month cannot be built is the error.
    static func repMonths(setup: PlanSetup, month: YearMonth, repIDs: [String]) throws(RepMonthError) -> [RepMonth] {
        let workingDays = setup.calendar.workingDays(in: month)
        let results = IndexedResults<Result<RepMonth, RepMonthError>>(count: repIDs.count)
        DispatchQueue.concurrentPerform(iterations: repIDs.count) { k in
            results.set(k, repMonth(setup: setup, repID: repIDs[k], workingDays: workingDays))
        }
        var out: [RepMonth] = []
        out.reserveCapacity(repIDs.count)
        for r in results.all() {
            switch r {
            case .success(let m): out.append(m)
            case .failure(let e): throw e
            }
        }
        return out
    }

    /// The rep-months' capacity and required visits as a plan with nothing placed yet: the table shown before
    /// solving, and what the over-capacity warnings read.
    static func capacityPlan(_ months: [RepMonth], month: YearMonth, seed: UInt64) -> MonthPlan {
        MonthPlan(
            month: month, seed: seed,
            reps: months.map {
                RepPlan(
                    repID: $0.rep.id, workingDays: $0.workingDays.count, leaveDays: $0.leaveDays.count, capacity: $0.capacity,
                    required: $0.required, visits: [], unplaced: [], plannedByZone: [], travelKm: 0, travelMinutes: 0, solveSeconds: 0, iterations: 0)
            })
    }

    /// What the planning warnings read of a rep-month (`rep-over-capacity`, `reception-short`), without the month.
    struct WarningFacts: Sendable {
        let repID: String
        let capacity: Int
        let required: Int
        /// The rep's hospitals whose reception windows cannot hold their doctors' calls, in first-doctor order.
        let shortReceptions: [ReceptionCapacity]

        init(_ m: RepMonth, rules: Rules) {
            repID = m.rep.id
            capacity = m.capacity
            required = m.required
            shortReceptions = m.receptionCapacities(rules: rules).filter(\.isShort)
        }

        /// Required visits ÷ capacity, as `RepPlan.utilisation` counts it.
        var utilisation: Double { RepPlan.utilisation(required: required, capacity: capacity) }
    }

    /// The warning facts of `repIDs`' months in that order, each month built in parallel and dropped once read,
    /// so memory holds one month per core, not one per rep.
    static func warningFacts(setup: PlanSetup, month: YearMonth, repIDs: [String]) throws(RepMonthError) -> [WarningFacts] {
        let workingDays = setup.calendar.workingDays(in: month)
        let results = IndexedResults<Result<WarningFacts, RepMonthError>>(count: repIDs.count)
        DispatchQueue.concurrentPerform(iterations: repIDs.count) { k in
            results.set(k, repMonth(setup: setup, repID: repIDs[k], workingDays: workingDays).map { WarningFacts($0, rules: setup.territory.rules) })
        }
        return try results.all().map { r throws(RepMonthError) in try r.get() }
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

    /// Solves the rep-months; the result is in the order given, whatever order they finish in.
    static func solve(
        _ months: [RepMonth], rules: Rules, effort: Planner.Effort, month: YearMonth,
        progress: @escaping @Sendable (RepPlan, RepMonth) -> Void
    ) -> MonthPlan {
        let results = IndexedResults<RepPlan>(count: months.count)
        DispatchQueue.concurrentPerform(iterations: months.count) { k in
            let plan = Planner.plan(months[k], rules: rules, effort: effort)
            results.set(k, plan)
            progress(plan, months[k])
        }
        return MonthPlan(month: month, seed: effort.seed, reps: results.all())
    }

    /// One progress line: `R01 陈思远: 184/192 visits placed, 8 unplaced, 93.4 km, 0.81 s`.
    static func progressLine(_ p: RepPlan, _ m: RepMonth, language: Language) -> String {
        let missing = p.unplaced.reduce(0) { $0 + $1.missing }
        let km = (p.travelKm * 10).rounded() / 10
        let seconds = (p.solveSeconds * 100).rounded() / 100
        let name = TerminalText.inert(m.rep.name)
        return language.isEnglish
            ? "\(m.rep.id) \(name): \(p.visits.count)/\(p.required) visits placed, \(missing) unplaced, \(km) km, \(seconds) s\n"
            : "\(m.rep.id) \(name)：已安排 \(p.visits.count)/\(p.required) 次，未安排 \(missing) 次，路程 \(km) 公里，用时 \(seconds) 秒\n"
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
