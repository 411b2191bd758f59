import Foundation
import TerritoryCommands
import TerritoryModel
import TerritoryPlanner

/// calls.csv against the corpus territory: a call log or structured errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCalls(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    struct Once { nonisolated(unsafe) static var territory: Territory? }
    if Once.territory == nil {
        for name in ["hospitals.csv", "doctors.csv", "reps.csv"] {
            try? Data(contentsOf: corpus.appendingPathComponent(name)).write(to: scratch.appendingPathComponent(name))
        }
        Once.territory = try? TerritoryLoader.load(directory: scratch).territory
    }
    guard let territory = Once.territory else { fatalError("the corpus territory does not load") }
    let url = scratch.appendingPathComponent("calls.csv")
    try? bytes(data, size).write(to: url)
    do {
        _ = try CallLog.load(
            url, mustExist: true, territory: territory, month: YearMonth(year: 2026, month: 12)!,
            asOf: CalendarDate(year: 2026, month: 12, day: 10)!, calendar: .weekdays, leave: [])
    } catch {
        requireStructured(error)
    }
    return 0
}
